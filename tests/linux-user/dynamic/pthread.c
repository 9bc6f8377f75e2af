/* libpthread: threads, a mutex and thread-local storage. */
#include <pthread.h>
#include <stdio.h>

static int counter;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static __thread long tls = 100;

static void *work(void *arg)
{
    for (int i = 0; i < 1000; i++) {
        pthread_mutex_lock(&lock);
        counter++;
        pthread_mutex_unlock(&lock);
    }
    tls += (long)arg;
    return (void *)tls;
}

int main(void)
{
    pthread_t t[4];
    long sum = 0;
    for (long i = 0; i < 4; i++) {
        pthread_create(&t[i], NULL, work, (void *)i);
    }
    for (int i = 0; i < 4; i++) {
        void *r;
        pthread_join(t[i], &r);
        sum += (long)r;
    }
    printf("counter %d tls %ld main tls %ld\n", counter, sum, tls);
    return 0;
}
