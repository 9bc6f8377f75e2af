/* More signal semantics: delivery to a guest spinning in chained blocks,
 * SA_NODEFER nesting, SA_RESETHAND, sigtimedwait, sigsuspend with the mask
 * restored, pthread_kill to one thread, nanosleep interrupted. */
#include <signal.h>
#include <stdio.h>
#include <unistd.h>
#include <pthread.h>
#include <sys/time.h>
#include <errno.h>
#include <string.h>
#include <time.h>
static volatile int flag, depth, maxdepth, cnt;
static void h(int s){ flag = 1; }
static void hn(int s){ depth++; if (depth > maxdepth) maxdepth = depth; if (cnt++ < 3) raise(s); depth--; }
static volatile pthread_t target; static volatile int thr_got;
static void ht(int s){ thr_got = (pthread_self() == target); }
static void *spin(void *a){ while(!thr_got); return 0; }
int main(){
  setvbuf(stdout, 0, _IONBF, 0);
  signal(SIGALRM, h); alarm(1); while (!flag); printf("spin interrupted\n");
  struct sigaction sa = {0}; sa.sa_handler = hn; sa.sa_flags = SA_NODEFER; sigaction(SIGUSR1, &sa, 0);
  raise(SIGUSR1); printf("nodefer maxdepth %d\n", maxdepth);
  sa.sa_flags = SA_RESETHAND; sa.sa_handler = h; sigaction(SIGUSR2, &sa, 0); raise(SIGUSR2);
  struct sigaction cur; sigaction(SIGUSR2, 0, &cur); printf("resethand: %d\n", cur.sa_handler == SIG_DFL);
  sigset_t s, old; sigemptyset(&s); sigaddset(&s, SIGUSR1); sigprocmask(SIG_BLOCK, &s, &old);
  kill(getpid(), SIGUSR1); siginfo_t si; struct timespec ts = {1, 0}; int r = sigtimedwait(&s, &si, &ts);
  printf("sigtimedwait %d code %d pid ok %d\n", r, si.si_code, si.si_pid == getpid());
  flag = 0; signal(SIGALRM, h); struct itimerval it = {{0,0},{0,50000}}; setitimer(ITIMER_REAL, &it, 0);
  sigset_t empty; sigemptyset(&empty); r = sigsuspend(&empty); printf("sigsuspend %d %d flag %d\n", r, errno == EINTR, flag);
  sigprocmask(SIG_SETMASK, 0, &old); printf("mask restored %d\n", sigismember(&old, SIGUSR1));
  signal(SIGUSR2, ht); pthread_t t; pthread_create(&t, 0, spin, 0); target = t; usleep(10000); pthread_kill(t, SIGUSR2); pthread_join(t, 0);
  printf("thread signal %d\n", thr_got);
  struct timespec a = {0, 300000000}, rem; signal(SIGALRM, h); setitimer(ITIMER_REAL, &it, 0); r = nanosleep(&a, &rem); printf("nanosleep %d %d rem>0 %d\n", r, errno == EINTR, rem.tv_nsec > 0);
  return 0;
}
