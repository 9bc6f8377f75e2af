/* Signals, threads and processes end to end: raise to a handler, faults
 * caught with sigsetjmp (si_code ACCERR/MAPERR), SA_ONSTACK on an
 * alternate stack, a blocked signal pending until unblocked, threads with
 * TLS and a mutex, fork with exit status and death by signal, setitimer
 * with pause, and a blocking read interrupted (no SA_RESTART) with EINTR. */
#include <signal.h>
#include <stdio.h>
#include <setjmp.h>
#include <string.h>
#include <unistd.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <pthread.h>
#include <sys/wait.h>
#include <sys/time.h>
#include <errno.h>
static volatile int got;
static sigjmp_buf jb;
static void h(int s){ got = s; }
static void hsegv(int s, siginfo_t *si, void *uc){ got = si->si_code; siglongjmp(jb, 1); }
static char altstk[65536];
static void halt(int s){ int x; got = ((char*)&x >= altstk && (char*)&x < altstk+sizeof altstk); }
static __thread int tlsv = 5;
static int counter; static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *thr(void *a){ for(int i=0;i<100000;i++){ pthread_mutex_lock(&m); counter++; pthread_mutex_unlock(&m);} tlsv += (long)a; return (void*)(long)tlsv; }
int main(){
  setvbuf(stdout, 0, _IONBF, 0);
  signal(SIGUSR1, h); raise(SIGUSR1); printf("raise: %d\n", got);
  struct sigaction sa = {0}; sa.sa_sigaction = hsegv; sa.sa_flags = SA_SIGINFO; sigaction(SIGSEGV, &sa, 0);
  char *p = mmap(0, 4096, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0);
  if (!sigsetjmp(jb, 1)) { *p = 1; printf("no fault\n"); } else printf("segv code %d (ACCERR=%d)\n", got, SEGV_ACCERR);
  if (!sigsetjmp(jb, 1)) { *(volatile int*)8 = 1; } else printf("segv code %d (MAPERR=%d)\n", got, SEGV_MAPERR);
  stack_t ss = { .ss_sp = altstk, .ss_size = sizeof altstk }; sigaltstack(&ss, 0);
  struct sigaction sb = {0}; sb.sa_handler = halt; sb.sa_flags = SA_ONSTACK; sigaction(SIGUSR2, &sb, 0);
  raise(SIGUSR2); printf("on altstack: %d\n", got);
  sigset_t s; sigemptyset(&s); sigaddset(&s, SIGUSR1); sigprocmask(SIG_BLOCK, &s, 0);
  got = 0; raise(SIGUSR1); printf("blocked: %d\n", got); sigset_t pend; sigpending(&pend); printf("pending: %d\n", sigismember(&pend, SIGUSR1));
  sigprocmask(SIG_UNBLOCK, &s, 0); printf("unblocked: %d\n", got);
  pthread_t t[4]; for (long i=0;i<4;i++) pthread_create(&t[i],0,thr,(void*)i);
  long sum=0; for(int i=0;i<4;i++){ void *r; pthread_join(t[i],&r); sum += (long)r; }
  printf("threads: counter %d tls sum %ld main tls %d\n", counter, sum, tlsv);
  pid_t pid = fork(); if (pid == 0) { printf("child\n"); _exit(7); }
  int st; waitpid(pid, &st, 0); printf("child exit %d\n", WEXITSTATUS(st));
  pid = fork(); if (pid == 0) { raise(SIGTERM); _exit(0);} waitpid(pid, &st, 0); printf("child sig %d\n", WIFSIGNALED(st) ? WTERMSIG(st) : -1);
  signal(SIGALRM, h); struct itimerval it = {{0,0},{0,20000}}; setitimer(ITIMER_REAL, &it, 0); got = 0; pause(); printf("alarm %d\n", got);
  int fds[2]; pipe(fds); sa.sa_handler = h; sa.sa_flags = 0; sigaction(SIGALRM, &sa, 0); setitimer(ITIMER_REAL, &it, 0); char c; int r = read(fds[0], &c, 1); printf("read eintr %d %d\n", r, errno == EINTR);
  return 0;
}
