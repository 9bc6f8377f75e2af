/* A bytecode interpreter: a small stack VM with switch dispatch running a
 * recursive fib and a counting loop — the indirect-branch-heavy pattern of
 * real interpreters (one hard-to-predict jump per bytecode). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

enum {
    PUSH,
    LOAD,
    STORE,
    ADD,
    SUB,
    LT,
    JZ,
    JMP,
    CALL,
    RET,
    ARG,
    DUP,
    POP,
    HALT,
    MUL,
    MOD
};

static int64_t run(const int *code, int pc, int64_t arg)
{
    int64_t stack[4096], locals[8] = {0};
    int frames[1024], fp = 0, sp = 0;
    int64_t args[1024];

    args[0] = arg;
    for (;;) {
        int op = code[pc++];
        switch (op) {
        case PUSH:
            stack[sp++] = code[pc++];
            break;
        case LOAD:
            stack[sp++] = locals[code[pc++]];
            break;
        case STORE:
            locals[code[pc++]] = stack[--sp];
            break;
        case ADD:
            sp--;
            stack[sp - 1] += stack[sp];
            break;
        case SUB:
            sp--;
            stack[sp - 1] -= stack[sp];
            break;
        case MUL:
            sp--;
            stack[sp - 1] *= stack[sp];
            break;
        case MOD:
            sp--;
            stack[sp - 1] %= stack[sp];
            break;
        case LT:
            sp--;
            stack[sp - 1] = stack[sp - 1] < stack[sp];
            break;
        case JZ:
            pc = stack[--sp] ? pc + 1 : code[pc];
            break;
        case JMP:
            pc = code[pc];
            break;
        case CALL:
            frames[fp] = pc + 1;
            args[++fp] = stack[--sp];
            pc = code[pc];
            break;
        case RET:
            pc = frames[--fp];
            break;
        case ARG:
            stack[sp++] = args[fp];
            break;
        case DUP:
            stack[sp] = stack[sp - 1];
            sp++;
            break;
        case POP:
            sp--;
            break;
        case HALT:
            return stack[sp - 1];
        default:
            return -1;
        }
    }
}

int main(int argc, char **argv)
{
    int scale = argc > 1 ? atoi(argv[1]) : 1;
    /* fib(n) = n < 2 ? n : fib(n-1) + fib(n-2), entry at 0 via CALL */
    static const int fib[] = {
        /* 0 */ ARG,  CALL, 4, HALT,
        /* 4 */ ARG,  PUSH, 2, LT,   JZ,   12, ARG, RET,
        /* 12 */ ARG, PUSH, 1, SUB,  CALL, 4,  ARG, PUSH, 2,
        SUB,          CALL, 4, ADD,  RET,
    };
    /* loop: s = 0; for (i = 0; i < n; i++) s = (s * 31 + i) % 1000003 */
    static const int loop[] = {
        /* 0 */ PUSH,  0,   STORE, 0,  PUSH, 0,     STORE, 1,
        /* 8 */ LOAD,  1,   ARG,   LT, JZ,   36,
        /* 14 */ LOAD, 0,   PUSH,  31, MUL,  LOAD,  1,     ADD, PUSH,
        1000003,       MOD, STORE, 0,
        /* 27 */ LOAD, 1,   PUSH,  1,  ADD,  STORE, 1,     JMP, 8,
        /* 36 */ LOAD, 0,   HALT,
    };
    int64_t sum = 0;
    for (int rep = 0; rep < scale; rep++) {
        sum += run(fib, 0, 27);
        sum += run(loop, 0, 5000000);
    }
    printf("interp checksum %lld\n", (long long)sum);
    return 0;
}
