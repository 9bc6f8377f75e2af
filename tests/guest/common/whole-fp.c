/* Double-precision workloads printed with %.10g: Simpson integration of a
 * few functions, a 5-body gravity simulation (energy before/after), a small
 * linear solve, single-precision accumulation and libm functions. */
#include <math.h>
#include <stdio.h>

static double simpson(double (*f)(double), double a, double b, int n)
{
    double h = (b - a) / n, s = f(a) + f(b);
    for (int i = 1; i < n; i++) {
        s += f(a + i * h) * (i % 2 ? 4 : 2);
    }
    return s * h / 3;
}

static double gauss(double x)
{
    return exp(-x * x);
}

static double quarter_circle(double x)
{
    return sqrt(1 - x * x);
}

static double wave(double x)
{
    return sin(x) * cos(3 * x) + log1p(x);
}

typedef struct {
    double x, y, z, vx, vy, vz, m;
} Body;

static double energy(const Body *b, int n)
{
    double e = 0;
    for (int i = 0; i < n; i++) {
        e += 0.5 * b[i].m *
             (b[i].vx * b[i].vx + b[i].vy * b[i].vy + b[i].vz * b[i].vz);
        for (int j = i + 1; j < n; j++) {
            double dx = b[i].x - b[j].x, dy = b[i].y - b[j].y,
                   dz = b[i].z - b[j].z;
            e -= b[i].m * b[j].m / sqrt(dx * dx + dy * dy + dz * dz);
        }
    }
    return e;
}

static void advance(Body *b, int n, double dt)
{
    for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
            double dx = b[i].x - b[j].x, dy = b[i].y - b[j].y,
                   dz = b[i].z - b[j].z;
            double d2 = dx * dx + dy * dy + dz * dz, mag = dt / (d2 * sqrt(d2));
            b[i].vx -= dx * b[j].m * mag, b[i].vy -= dy * b[j].m * mag,
                b[i].vz -= dz * b[j].m * mag;
            b[j].vx += dx * b[i].m * mag, b[j].vy += dy * b[i].m * mag,
                b[j].vz += dz * b[i].m * mag;
        }
    }
    for (int i = 0; i < n; i++) {
        b[i].x += dt * b[i].vx, b[i].y += dt * b[i].vy, b[i].z += dt * b[i].vz;
    }
}

int main(void)
{
    const double pi = 3.141592653589793;
    printf("int exp(-x^2) [-5,5]    = %.10g (sqrt(pi) = %.10g)\n",
           simpson(gauss, -5, 5, 2000), sqrt(pi));
    printf("int sqrt(1-x^2) [0,1]*4 = %.10g\n",
           4 * simpson(quarter_circle, 0, 1, 100000));
    printf("int wave [0,2]          = %.10g\n", simpson(wave, 0, 2, 10000));

    Body b[5] = {
        {0, 0, 0, 0, 0, 0, 39.47841760435743},
        {4.84, -1.16, -0.10, 0.606, 2.81, -0.02, 0.03769367487038949},
        {8.34, 4.12, -0.40, -1.01, 1.82, 0.008, 0.011286326131968767},
        {12.89, -15.11, -0.22, 1.08, 0.868, -0.01, 0.0017237240570597112},
        {15.37, -25.91, 0.179, 0.979, 0.594, -0.034, 0.0020336868699246304},
    };
    printf("nbody energy before     = %.10g\n", energy(b, 5));
    for (int i = 0; i < 20000; i++) {
        advance(b, 5, 0.01);
    }
    printf("nbody energy after      = %.10g\n", energy(b, 5));
    printf("nbody body1 position    = %.10g %.10g %.10g\n", b[1].x, b[1].y,
           b[1].z);

    /* Gaussian elimination with partial pivoting on a Hilbert-like matrix. */
    enum { N = 6 };
    double a[N][N + 1];
    for (int i = 0; i < N; i++) {
        for (int j = 0; j < N; j++) {
            a[i][j] = 1.0 / (i + j + 1) + (i == j);
        }
        a[i][N] = i + 1;
    }
    for (int c = 0; c < N; c++) {
        int p = c;
        for (int r = c + 1; r < N; r++) {
            p = fabs(a[r][c]) > fabs(a[p][c]) ? r : p;
        }
        for (int k = 0; k <= N; k++) {
            double t = a[c][k];
            a[c][k] = a[p][k], a[p][k] = t;
        }
        for (int r = 0; r < N; r++) {
            if (r != c) {
                double f = a[r][c] / a[c][c];
                for (int k = c; k <= N; k++) {
                    a[r][k] = fma(-f, a[c][k], a[r][k]);
                }
            }
        }
    }
    printf("solve x                 =");
    for (int i = 0; i < N; i++) {
        printf(" %.10g", a[i][N] / a[i][i]);
    }
    printf("\n");

    float fs = 0;
    for (int i = 1; i <= 100000; i++) {
        fs += 1.0f / ((float)i * (float)i);
    }
    printf("float sum 1/i^2         = %.9g (pi^2/6 = %.9g)\n", fs,
           (float)(pi * pi / 6));
    printf("libm: %.10g %.10g %.10g %.10g %.10g %.10g\n", pow(2.5, 3.7),
           atan2(-1, -2), cbrt(-27.5), tanh(0.75), hypot(3e200, 4e200),
           fmod(1e10, 7.25));
    printf("rounding: %.1f %.1f %.1f %.1f %ld %ld\n", rint(2.5),
           nearbyint(-3.5), floor(-0.5), ceil(-0.5), lround(-2.5), lrint(3.5));
    return 0;
}
