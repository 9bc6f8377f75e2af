/* The startup benchmark's program (scripts/bench.sh): built dynamically
 * linked, so a run is exec, the ELF interpreter, libc's start-up and exit. */
int main(void)
{
    return 0;
}
