/*
 * glibc's libm and fenv on the guest FPU: elementary functions in double
 * and float (exact bits via %a), the rounding-mode dependent functions in
 * all four modes, exception flags through fetestexcept, printf/strtod
 * round trips, and a few compiler-vectorized loops.
 * CFLAGS: -O3
 */
#include <fenv.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const double dv[] = {
    0.0, -0.0, 1e-310, 0x1p-1022, 0.1, 0.5, 1.0, 1.5, 2.5, 3.0, -2.5,
    10.0, 100.5, 1e22, 1e300, -7.25, 0.7853981633974483, 1e-5, 123456.789,
    INFINITY, -INFINITY, NAN,
};
#define ND (sizeof(dv) / sizeof(dv[0]))

static const int modes[] = {FE_TONEAREST, FE_UPWARD, FE_DOWNWARD,
                            FE_TOWARDZERO};
static const char *const mode_names[] = {"near", "up", "down", "zero"};

static void flags(const char *what)
{
    int f = fetestexcept(FE_ALL_EXCEPT);
    printf("  %s flags:%s%s%s%s%s\n", what, f & FE_INVALID ? " inv" : "",
           f & FE_DIVBYZERO ? " dz" : "", f & FE_OVERFLOW ? " of" : "",
           f & FE_UNDERFLOW ? " uf" : "", f & FE_INEXACT ? " ix" : "");
    feclearexcept(FE_ALL_EXCEPT);
}

static void elementary(void)
{
    for (unsigned i = 0; i < ND; i++) {
        volatile double x = dv[i];
        float xf = (float)x;
        printf("x=%a\n", x);
        printf("  sin %a cos %a tan %a\n", sin(x), cos(x), tan(x));
        printf("  exp %a log %a log2 %a log10 %a\n", exp(x), log(x),
               log2(x), log10(x));
        printf("  sqrt %a cbrt %a atan %a atan2 %a\n", sqrt(x), cbrt(x),
               atan(x), atan2(x, 1.5));
        printf("  pow %a pow2 %a hypot %a fmod %a\n", pow(x, 1.7),
               pow(2.0, x), hypot(x, 3.0), fmod(x, 0.75));
        printf("  sinf %a expf %a logf %a powf %a\n", sinf(xf), expf(xf),
               logf(xf), powf(xf, 0.3f));
        printf("  floor %a ceil %a trunc %a round %a\n", floor(x), ceil(x),
               trunc(x), round(x));
        printf("  fma %a fmaf %a\n", fma(x, 1.0000001, -x),
               fmaf(xf, 3.0f, 0.5f));
        flags("elem");
    }
}

static void rounding(void)
{
    for (int m = 0; m < 4; m++) {
        fesetround(modes[m]);
        printf("mode %s (fegetround %d)\n", mode_names[m],
               fegetround() == modes[m]);
        for (unsigned i = 0; i < ND; i++) {
            volatile double x = dv[i];
            printf("  %a: rint %a nearbyint %a lrint %ld llrint %lld "
                   "div3 %a f %a\n",
                   x, rint(x), nearbyint(x), lrint(x * 1e-3), llrint(x),
                   x / 3.0, (double)(float)(x / 7.0));
        }
        printf("  1/3 %.20g 2/3f %.12g sqrt2 %.20g\n", 1.0 / 3.0,
               (double)(2.0f / 3.0f), sqrt(2.0));
        flags("round");
    }
    fesetround(FE_TONEAREST);
}

static void exceptions(void)
{
    volatile double z = 0.0, one = 1.0, big = 1e308, tiny = 0x1p-1022;
    volatile double r;
    feclearexcept(FE_ALL_EXCEPT);
    r = one / z;
    printf("1/0 %a\n", r);
    flags("div");
    r = z / z;
    printf("0/0 %a\n", r);
    flags("inv");
    r = big * 10.0;
    printf("big*10 %a\n", r);
    flags("over");
    r = tiny / 3.0;
    printf("tiny/3 %a\n", r);
    flags("under");
    r = tiny * 0.5;
    printf("tiny*0.5 %a\n", r);
    flags("exact-tiny");
    r = (double)(long)(big);
    printf("(long)big %a\n", r);
    flags("cvt");
    r = sqrt(-one);
    printf("sqrt(-1) %a\n", r);
    flags("sqrt");
}

static void strings(void)
{
    static const char *const in[] = {
        "0.1", "1e-320", "2.2250738585072011e-308", "1.7976931348623157e308",
        "3.14159265358979323846", "-0", "123456789012345678901234567890",
        "4.9406564584124654e-324", "0x1.fffffffffffffp+1023", "nan", "-inf",
    };
    char buf[64];
    for (unsigned i = 0; i < sizeof(in) / sizeof(in[0]); i++) {
        double d = strtod(in[i], NULL);
        float f = strtof(in[i], NULL);
        snprintf(buf, sizeof(buf), "%.17g", d);
        printf("%s -> %a %a %s %.9g %d\n", in[i], d, (double)f, buf, f,
               strtod(buf, NULL) == d || d != d);
    }
}

/* Loops gcc -O3 vectorizes: FADD/FMUL/FMLA/FDIV/FMAX/FCVT* on vectors. */
static void vectors(void)
{
    enum { N = 67 };
    static double a[N], b[N], c[N];
    static float fa[N], fb[N];
    static int ia[N];
    static long la[N];
    double sum = 0, mx = -INFINITY;
    float fsum = 0;

    for (int i = 0; i < N; i++) {
        a[i] = i * 0.37 - 5;
        b[i] = 1.0 / (i + 1);
        fa[i] = (float)i * 1.3f - 20.0f;
        fb[i] = (float)(N - i) / 7.0f;
    }
    for (int i = 0; i < N; i++) {
        c[i] = a[i] * b[i] + c[i] / 3.0;
        fa[i] = fa[i] * fb[i] - fb[i];
        ia[i] = (int)fa[i];
        la[i] = (long)(a[i] * 1000.0);
    }
    for (int i = 0; i < N; i++) {
        sum += c[i];
        mx = fmax(mx, a[i] * b[i]);
        fsum += fabsf(fa[i]);
        fb[i] = (float)ia[i] * 0.5f;
        b[i] = (double)la[i] / 8.0;
    }
    printf("vec sum %a max %a fsum %a fb %a b %a\n", sum, mx, (double)fsum,
           (double)fb[N - 1], b[N / 2]);
    for (int i = 0; i < N; i += 11) {
        printf("  %d %a %a %d %ld\n", i, c[i], (double)fa[i], ia[i], la[i]);
    }
}

int main(void)
{
    elementary();
    rounding();
    exceptions();
    strings();
    vectors();
    return 0;
}
