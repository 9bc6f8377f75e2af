/* Floating-point benchmark: n-body (sqrt, div, mul-add chains) and a
 * blocked double-precision matrix multiply. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define NB 5
typedef struct {
    double x[3], v[3], m;
} Body;

static void nbody(Body *b, int steps, double dt)
{
    for (int s = 0; s < steps; s++) {
        for (int i = 0; i < NB; i++) {
            for (int j = i + 1; j < NB; j++) {
                double d[3], d2 = 0;
                for (int k = 0; k < 3; k++) {
                    d[k] = b[i].x[k] - b[j].x[k];
                    d2 += d[k] * d[k];
                }
                double mag = dt / (d2 * sqrt(d2));
                for (int k = 0; k < 3; k++) {
                    b[i].v[k] -= d[k] * b[j].m * mag;
                    b[j].v[k] += d[k] * b[i].m * mag;
                }
            }
        }
        for (int i = 0; i < NB; i++) {
            for (int k = 0; k < 3; k++) {
                b[i].x[k] += dt * b[i].v[k];
            }
        }
    }
}

#define N 200
static double A[N][N], B[N][N], C[N][N];

int main(int argc, char **argv)
{
    int scale = argc > 1 ? atoi(argv[1]) : 1;
    double sum = 0;

    for (int rep = 0; rep < scale; rep++) {
        Body b[NB] = {
            {{0, 0, 0}, {0, 0, 0}, 39.47841760435743},
            {{4.84, -1.16, -0.10}, {0.606, 2.81, -0.02}, 0.0376936748703894},
            {{8.34, 4.12, -0.40}, {-1.01, 1.82, 0.008}, 0.0112863261319687},
            {{12.89, -15.11, -0.22}, {1.08, 0.868, -0.01}, 0.0017237240570597},
            {{15.37, -25.91, 0.179},
             {0.979, 0.594, -0.034},
             0.0020336868699246},
        };
        nbody(b, 1000000, 0.01);
        for (int i = 0; i < NB; i++) {
            sum += b[i].x[0] + b[i].v[1];
        }

        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                A[i][j] = (double)(i + 2 * j) / N;
                B[i][j] = (double)(i - j) / (j + 1);
                C[i][j] = 0;
            }
        }
        for (int r = 0; r < 3; r++) {
            for (int i = 0; i < N; i++) {
                for (int k = 0; k < N; k++) {
                    double a = A[i][k];
                    for (int j = 0; j < N; j++) {
                        C[i][j] += a * B[k][j];
                    }
                }
            }
        }
        for (int i = 0; i < N; i++) {
            sum += C[i][(i * 7) % N];
        }
    }
    printf("fp checksum %.9e\n", sum);
    return 0;
}
