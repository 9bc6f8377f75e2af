/* Generated: AdvSIMD structure loads and stores (LD1-4, ST1-4, single
 * lanes, LDnR, post-index); compares against qemu-aarch64's output. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint8_t src[256] __attribute__((aligned(16)));
static uint8_t dst[256] __attribute__((aligned(16)));
static uint8_t fill[128] __attribute__((aligned(16)));
static uint8_t regs[6][16];
static uint64_t ptrs[2];

static void f0(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.8b}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f1(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.16b}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f2(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.4h}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f3(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.8h}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f4(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.2s}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f5(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.4s}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f6(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.1d}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f7(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.2d}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f8(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.16b}, [x9], #16\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f9(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.4h}, [x9], #8\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f10(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.2s}, [x9], x11\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f11(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.8b, v1.8b}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f12(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.16b, v1.16b}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f13(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.4h, v1.4h}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f14(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.8h, v1.8h}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f15(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.2s, v1.2s}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f16(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.4s, v1.4s}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f17(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.1d, v1.1d}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f18(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.2d, v1.2d}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f19(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.16b, v1.16b}, [x9], #32\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f20(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.4h, v1.4h}, [x9], #16\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f21(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.2s, v1.2s}, [x9], x11\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f22(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.8b, v1.8b, v2.8b}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f23(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.16b, v1.16b, v2.16b}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f24(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.4h, v1.4h, v2.4h}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f25(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.8h, v1.8h, v2.8h}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f26(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.2s, v1.2s, v2.2s}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f27(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.4s, v1.4s, v2.4s}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f28(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.1d, v1.1d, v2.1d}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f29(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.2d, v1.2d, v2.2d}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f30(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.16b, v1.16b, v2.16b}, [x9], #48\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f31(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.4h, v1.4h, v2.4h}, [x9], #24\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f32(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.2s, v1.2s, v2.2s}, [x9], x11\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f33(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.8b, v1.8b, v2.8b, v3.8b}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f34(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.16b, v1.16b, v2.16b, v3.16b}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f35(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.4h, v1.4h, v2.4h, v3.4h}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f36(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.8h, v1.8h, v2.8h, v3.8h}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f37(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.2s, v1.2s, v2.2s, v3.2s}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f38(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.4s, v1.4s, v2.4s, v3.4s}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f39(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.1d, v1.1d, v2.1d, v3.1d}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f40(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.2d, v1.2d, v2.2d, v3.2d}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f41(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.16b, v1.16b, v2.16b, v3.16b}, [x9], #64\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f42(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.4h, v1.4h, v2.4h, v3.4h}, [x9], #32\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f43(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.2s, v1.2s, v2.2s, v3.2s}, [x9], x11\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f44(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld2 {v0.8b, v1.8b}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f45(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld2 {v0.16b, v1.16b}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f46(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld2 {v0.4h, v1.4h}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f47(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld2 {v0.8h, v1.8h}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f48(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld2 {v0.2s, v1.2s}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f49(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld2 {v0.4s, v1.4s}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f50(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld2 {v0.2d, v1.2d}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f51(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld2 {v0.8h, v1.8h}, [x9], #32\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f52(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld2 {v0.8b, v1.8b}, [x9], x11\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f53(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld2 {v31.4s, v0.4s}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f54(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld3 {v0.8b, v1.8b, v2.8b}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f55(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld3 {v0.16b, v1.16b, v2.16b}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f56(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld3 {v0.4h, v1.4h, v2.4h}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f57(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld3 {v0.8h, v1.8h, v2.8h}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f58(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld3 {v0.2s, v1.2s, v2.2s}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f59(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld3 {v0.4s, v1.4s, v2.4s}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f60(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld3 {v0.2d, v1.2d, v2.2d}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f61(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld3 {v0.8h, v1.8h, v2.8h}, [x9], #48\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f62(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld3 {v0.8b, v1.8b, v2.8b}, [x9], x11\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f63(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld3 {v31.4s, v0.4s, v1.4s}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f64(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld4 {v0.8b, v1.8b, v2.8b, v3.8b}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f65(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld4 {v0.16b, v1.16b, v2.16b, v3.16b}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f66(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld4 {v0.4h, v1.4h, v2.4h, v3.4h}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f67(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld4 {v0.8h, v1.8h, v2.8h, v3.8h}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f68(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld4 {v0.2s, v1.2s, v2.2s, v3.2s}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f69(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld4 {v0.4s, v1.4s, v2.4s, v3.4s}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f70(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld4 {v0.2d, v1.2d, v2.2d, v3.2d}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f71(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld4 {v0.8h, v1.8h, v2.8h, v3.8h}, [x9], #64\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f72(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld4 {v0.8b, v1.8b, v2.8b, v3.8b}, [x9], x11\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f73(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld4 {v31.4s, v0.4s, v1.4s, v2.4s}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f74(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v31.2d, v0.2d}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f75(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.b}[13], [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f76(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.h}[6], [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f77(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.s}[3], [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f78(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.d}[1], [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f79(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.b}[0], [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f80(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.s}[0], [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f81(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.h}[2], [x9], #2\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f82(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1 {v0.d}[1], [x9], x11\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f83(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld2 {v0.b, v1.b}[13], [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f84(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld2 {v0.h, v1.h}[6], [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f85(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld2 {v0.s, v1.s}[3], [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f86(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld2 {v0.d, v1.d}[1], [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f87(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld2 {v0.b, v1.b}[0], [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f88(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld2 {v0.s, v1.s}[0], [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f89(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld2 {v0.h, v1.h}[2], [x9], #4\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f90(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld2 {v0.d, v1.d}[1], [x9], x11\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f91(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld3 {v0.b, v1.b, v2.b}[13], [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f92(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld3 {v0.h, v1.h, v2.h}[6], [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f93(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld3 {v0.s, v1.s, v2.s}[3], [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f94(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld3 {v0.d, v1.d, v2.d}[1], [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f95(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld3 {v0.b, v1.b, v2.b}[0], [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f96(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld3 {v0.s, v1.s, v2.s}[0], [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f97(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld3 {v0.h, v1.h, v2.h}[2], [x9], #6\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f98(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld3 {v0.d, v1.d, v2.d}[1], [x9], x11\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f99(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld4 {v0.b, v1.b, v2.b, v3.b}[13], [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f100(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld4 {v0.h, v1.h, v2.h, v3.h}[6], [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f101(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld4 {v0.s, v1.s, v2.s, v3.s}[3], [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f102(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld4 {v0.d, v1.d, v2.d, v3.d}[1], [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f103(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld4 {v0.b, v1.b, v2.b, v3.b}[0], [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f104(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld4 {v0.s, v1.s, v2.s, v3.s}[0], [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f105(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld4 {v0.h, v1.h, v2.h, v3.h}[2], [x9], #8\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f106(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld4 {v0.d, v1.d, v2.d, v3.d}[1], [x9], x11\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f107(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.8b}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f108(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.16b}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f109(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.4h}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f110(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.8h}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f111(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.2s}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f112(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.4s}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f113(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.1d}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f114(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.2d}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f115(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.16b}, [x10], #16\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f116(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.4h}, [x10], #8\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f117(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.2s}, [x10], x11\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f118(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.8b, v1.8b}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f119(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.16b, v1.16b}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f120(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.4h, v1.4h}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f121(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.8h, v1.8h}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f122(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.2s, v1.2s}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f123(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.4s, v1.4s}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f124(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.1d, v1.1d}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f125(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.2d, v1.2d}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f126(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.16b, v1.16b}, [x10], #32\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f127(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.4h, v1.4h}, [x10], #16\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f128(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.2s, v1.2s}, [x10], x11\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f129(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.8b, v1.8b, v2.8b}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f130(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.16b, v1.16b, v2.16b}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f131(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.4h, v1.4h, v2.4h}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f132(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.8h, v1.8h, v2.8h}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f133(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.2s, v1.2s, v2.2s}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f134(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.4s, v1.4s, v2.4s}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f135(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.1d, v1.1d, v2.1d}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f136(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.2d, v1.2d, v2.2d}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f137(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.16b, v1.16b, v2.16b}, [x10], #48\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f138(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.4h, v1.4h, v2.4h}, [x10], #24\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f139(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.2s, v1.2s, v2.2s}, [x10], x11\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f140(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.8b, v1.8b, v2.8b, v3.8b}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f141(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.16b, v1.16b, v2.16b, v3.16b}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f142(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.4h, v1.4h, v2.4h, v3.4h}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f143(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.8h, v1.8h, v2.8h, v3.8h}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f144(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.2s, v1.2s, v2.2s, v3.2s}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f145(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.4s, v1.4s, v2.4s, v3.4s}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f146(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.1d, v1.1d, v2.1d, v3.1d}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f147(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.2d, v1.2d, v2.2d, v3.2d}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f148(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.16b, v1.16b, v2.16b, v3.16b}, [x10], #64\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f149(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.4h, v1.4h, v2.4h, v3.4h}, [x10], #32\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f150(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.2s, v1.2s, v2.2s, v3.2s}, [x10], x11\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f151(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st2 {v0.8b, v1.8b}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f152(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st2 {v0.16b, v1.16b}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f153(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st2 {v0.4h, v1.4h}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f154(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st2 {v0.8h, v1.8h}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f155(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st2 {v0.2s, v1.2s}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f156(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st2 {v0.4s, v1.4s}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f157(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st2 {v0.2d, v1.2d}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f158(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st2 {v0.8h, v1.8h}, [x10], #32\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f159(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st2 {v0.8b, v1.8b}, [x10], x11\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f160(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st2 {v31.4s, v0.4s}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f161(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st3 {v0.8b, v1.8b, v2.8b}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f162(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st3 {v0.16b, v1.16b, v2.16b}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f163(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st3 {v0.4h, v1.4h, v2.4h}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f164(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st3 {v0.8h, v1.8h, v2.8h}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f165(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st3 {v0.2s, v1.2s, v2.2s}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f166(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st3 {v0.4s, v1.4s, v2.4s}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f167(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st3 {v0.2d, v1.2d, v2.2d}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f168(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st3 {v0.8h, v1.8h, v2.8h}, [x10], #48\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f169(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st3 {v0.8b, v1.8b, v2.8b}, [x10], x11\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f170(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st3 {v31.4s, v0.4s, v1.4s}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f171(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st4 {v0.8b, v1.8b, v2.8b, v3.8b}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f172(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st4 {v0.16b, v1.16b, v2.16b, v3.16b}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f173(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st4 {v0.4h, v1.4h, v2.4h, v3.4h}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f174(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st4 {v0.8h, v1.8h, v2.8h, v3.8h}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f175(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st4 {v0.2s, v1.2s, v2.2s, v3.2s}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f176(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st4 {v0.4s, v1.4s, v2.4s, v3.4s}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f177(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st4 {v0.2d, v1.2d, v2.2d, v3.2d}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f178(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st4 {v0.8h, v1.8h, v2.8h, v3.8h}, [x10], #64\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f179(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st4 {v0.8b, v1.8b, v2.8b, v3.8b}, [x10], x11\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f180(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st4 {v31.4s, v0.4s, v1.4s, v2.4s}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f181(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v31.2d, v0.2d}, [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f182(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.b}[13], [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f183(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.h}[6], [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f184(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.s}[3], [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f185(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.d}[1], [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f186(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.b}[0], [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f187(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.s}[0], [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f188(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.h}[2], [x10], #2\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f189(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st1 {v0.d}[1], [x10], x11\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f190(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st2 {v0.b, v1.b}[13], [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f191(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st2 {v0.h, v1.h}[6], [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f192(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st2 {v0.s, v1.s}[3], [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f193(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st2 {v0.d, v1.d}[1], [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f194(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st2 {v0.b, v1.b}[0], [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f195(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st2 {v0.s, v1.s}[0], [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f196(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st2 {v0.h, v1.h}[2], [x10], #4\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f197(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st2 {v0.d, v1.d}[1], [x10], x11\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f198(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st3 {v0.b, v1.b, v2.b}[13], [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f199(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st3 {v0.h, v1.h, v2.h}[6], [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f200(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st3 {v0.s, v1.s, v2.s}[3], [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f201(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st3 {v0.d, v1.d, v2.d}[1], [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f202(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st3 {v0.b, v1.b, v2.b}[0], [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f203(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st3 {v0.s, v1.s, v2.s}[0], [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f204(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st3 {v0.h, v1.h, v2.h}[2], [x10], #6\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f205(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st3 {v0.d, v1.d, v2.d}[1], [x10], x11\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f206(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st4 {v0.b, v1.b, v2.b, v3.b}[13], [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f207(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st4 {v0.h, v1.h, v2.h, v3.h}[6], [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f208(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st4 {v0.s, v1.s, v2.s, v3.s}[3], [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f209(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st4 {v0.d, v1.d, v2.d, v3.d}[1], [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f210(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st4 {v0.b, v1.b, v2.b, v3.b}[0], [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f211(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st4 {v0.s, v1.s, v2.s, v3.s}[0], [x10]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f212(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st4 {v0.h, v1.h, v2.h, v3.h}[2], [x10], #8\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f213(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "st4 {v0.d, v1.d, v2.d, v3.d}[1], [x10], x11\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f214(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1r {v0.8b}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f215(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1r {v0.16b}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f216(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1r {v0.4h}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f217(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1r {v0.8h}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f218(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1r {v0.2s}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f219(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1r {v0.4s}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f220(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1r {v0.1d}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f221(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1r {v0.2d}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f222(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1r {v0.16b}, [x9], #1\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f223(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1r {v0.2s}, [x9], x11\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f224(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld1r {v30.8h}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f225(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld2r {v0.8b, v1.8b}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f226(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld2r {v0.16b, v1.16b}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f227(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld2r {v0.4h, v1.4h}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f228(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld2r {v0.8h, v1.8h}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f229(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld2r {v0.2s, v1.2s}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f230(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld2r {v0.4s, v1.4s}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f231(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld2r {v0.1d, v1.1d}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f232(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld2r {v0.2d, v1.2d}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f233(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld2r {v0.16b, v1.16b}, [x9], #2\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f234(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld2r {v0.2s, v1.2s}, [x9], x11\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f235(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld2r {v30.8h, v31.8h}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f236(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld3r {v0.8b, v1.8b, v2.8b}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f237(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld3r {v0.16b, v1.16b, v2.16b}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f238(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld3r {v0.4h, v1.4h, v2.4h}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f239(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld3r {v0.8h, v1.8h, v2.8h}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f240(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld3r {v0.2s, v1.2s, v2.2s}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f241(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld3r {v0.4s, v1.4s, v2.4s}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f242(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld3r {v0.1d, v1.1d, v2.1d}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f243(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld3r {v0.2d, v1.2d, v2.2d}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f244(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld3r {v0.16b, v1.16b, v2.16b}, [x9], #3\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f245(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld3r {v0.2s, v1.2s, v2.2s}, [x9], x11\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f246(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld3r {v30.8h, v31.8h, v0.8h}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f247(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld4r {v0.8b, v1.8b, v2.8b, v3.8b}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f248(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld4r {v0.16b, v1.16b, v2.16b, v3.16b}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f249(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld4r {v0.4h, v1.4h, v2.4h, v3.4h}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f250(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld4r {v0.8h, v1.8h, v2.8h, v3.8h}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f251(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld4r {v0.2s, v1.2s, v2.2s, v3.2s}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f252(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld4r {v0.4s, v1.4s, v2.4s, v3.4s}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f253(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld4r {v0.1d, v1.1d, v2.1d, v3.1d}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f254(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld4r {v0.2d, v1.2d, v2.2d, v3.2d}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f255(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld4r {v0.16b, v1.16b, v2.16b, v3.16b}, [x9], #4\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f256(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld4r {v0.2s, v1.2s, v2.2s, v3.2s}, [x9], x11\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static void f257(void)
{
    __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]\n\tld1 {v28.16b-v31.16b}, [%1]\n\t"
                     "mov x9, %2\n\tmov x10, %3\n\tmov x11, #5\n\t"
                     "ld4r {v30.8h, v31.8h, v0.8h, v1.8h}, [x9]\n\t"
                     "st1 {v0.16b-v3.16b}, [%4]\n\tadd x12, %4, #64\n\t"
                     "st1 {v30.16b-v31.16b}, [x12]\n\tstp x9, x10, [%5]"
                     :: "r"(fill), "r"(fill + 64), "r"(src + 16), "r"(dst + 16),
                        "r"(regs), "r"(ptrs)
                     : "v0", "v1", "v2", "v3", "v28", "v29", "v30", "v31",
                       "x9", "x10", "x11", "x12", "memory");
}
static const struct { const char *name; void (*fn)(void); } tests[] = {
    {"ld1 {v0.8b}, [x9]", f0},
    {"ld1 {v0.16b}, [x9]", f1},
    {"ld1 {v0.4h}, [x9]", f2},
    {"ld1 {v0.8h}, [x9]", f3},
    {"ld1 {v0.2s}, [x9]", f4},
    {"ld1 {v0.4s}, [x9]", f5},
    {"ld1 {v0.1d}, [x9]", f6},
    {"ld1 {v0.2d}, [x9]", f7},
    {"ld1 {v0.16b}, [x9], #16", f8},
    {"ld1 {v0.4h}, [x9], #8", f9},
    {"ld1 {v0.2s}, [x9], x11", f10},
    {"ld1 {v0.8b, v1.8b}, [x9]", f11},
    {"ld1 {v0.16b, v1.16b}, [x9]", f12},
    {"ld1 {v0.4h, v1.4h}, [x9]", f13},
    {"ld1 {v0.8h, v1.8h}, [x9]", f14},
    {"ld1 {v0.2s, v1.2s}, [x9]", f15},
    {"ld1 {v0.4s, v1.4s}, [x9]", f16},
    {"ld1 {v0.1d, v1.1d}, [x9]", f17},
    {"ld1 {v0.2d, v1.2d}, [x9]", f18},
    {"ld1 {v0.16b, v1.16b}, [x9], #32", f19},
    {"ld1 {v0.4h, v1.4h}, [x9], #16", f20},
    {"ld1 {v0.2s, v1.2s}, [x9], x11", f21},
    {"ld1 {v0.8b, v1.8b, v2.8b}, [x9]", f22},
    {"ld1 {v0.16b, v1.16b, v2.16b}, [x9]", f23},
    {"ld1 {v0.4h, v1.4h, v2.4h}, [x9]", f24},
    {"ld1 {v0.8h, v1.8h, v2.8h}, [x9]", f25},
    {"ld1 {v0.2s, v1.2s, v2.2s}, [x9]", f26},
    {"ld1 {v0.4s, v1.4s, v2.4s}, [x9]", f27},
    {"ld1 {v0.1d, v1.1d, v2.1d}, [x9]", f28},
    {"ld1 {v0.2d, v1.2d, v2.2d}, [x9]", f29},
    {"ld1 {v0.16b, v1.16b, v2.16b}, [x9], #48", f30},
    {"ld1 {v0.4h, v1.4h, v2.4h}, [x9], #24", f31},
    {"ld1 {v0.2s, v1.2s, v2.2s}, [x9], x11", f32},
    {"ld1 {v0.8b, v1.8b, v2.8b, v3.8b}, [x9]", f33},
    {"ld1 {v0.16b, v1.16b, v2.16b, v3.16b}, [x9]", f34},
    {"ld1 {v0.4h, v1.4h, v2.4h, v3.4h}, [x9]", f35},
    {"ld1 {v0.8h, v1.8h, v2.8h, v3.8h}, [x9]", f36},
    {"ld1 {v0.2s, v1.2s, v2.2s, v3.2s}, [x9]", f37},
    {"ld1 {v0.4s, v1.4s, v2.4s, v3.4s}, [x9]", f38},
    {"ld1 {v0.1d, v1.1d, v2.1d, v3.1d}, [x9]", f39},
    {"ld1 {v0.2d, v1.2d, v2.2d, v3.2d}, [x9]", f40},
    {"ld1 {v0.16b, v1.16b, v2.16b, v3.16b}, [x9], #64", f41},
    {"ld1 {v0.4h, v1.4h, v2.4h, v3.4h}, [x9], #32", f42},
    {"ld1 {v0.2s, v1.2s, v2.2s, v3.2s}, [x9], x11", f43},
    {"ld2 {v0.8b, v1.8b}, [x9]", f44},
    {"ld2 {v0.16b, v1.16b}, [x9]", f45},
    {"ld2 {v0.4h, v1.4h}, [x9]", f46},
    {"ld2 {v0.8h, v1.8h}, [x9]", f47},
    {"ld2 {v0.2s, v1.2s}, [x9]", f48},
    {"ld2 {v0.4s, v1.4s}, [x9]", f49},
    {"ld2 {v0.2d, v1.2d}, [x9]", f50},
    {"ld2 {v0.8h, v1.8h}, [x9], #32", f51},
    {"ld2 {v0.8b, v1.8b}, [x9], x11", f52},
    {"ld2 {v31.4s, v0.4s}, [x9]", f53},
    {"ld3 {v0.8b, v1.8b, v2.8b}, [x9]", f54},
    {"ld3 {v0.16b, v1.16b, v2.16b}, [x9]", f55},
    {"ld3 {v0.4h, v1.4h, v2.4h}, [x9]", f56},
    {"ld3 {v0.8h, v1.8h, v2.8h}, [x9]", f57},
    {"ld3 {v0.2s, v1.2s, v2.2s}, [x9]", f58},
    {"ld3 {v0.4s, v1.4s, v2.4s}, [x9]", f59},
    {"ld3 {v0.2d, v1.2d, v2.2d}, [x9]", f60},
    {"ld3 {v0.8h, v1.8h, v2.8h}, [x9], #48", f61},
    {"ld3 {v0.8b, v1.8b, v2.8b}, [x9], x11", f62},
    {"ld3 {v31.4s, v0.4s, v1.4s}, [x9]", f63},
    {"ld4 {v0.8b, v1.8b, v2.8b, v3.8b}, [x9]", f64},
    {"ld4 {v0.16b, v1.16b, v2.16b, v3.16b}, [x9]", f65},
    {"ld4 {v0.4h, v1.4h, v2.4h, v3.4h}, [x9]", f66},
    {"ld4 {v0.8h, v1.8h, v2.8h, v3.8h}, [x9]", f67},
    {"ld4 {v0.2s, v1.2s, v2.2s, v3.2s}, [x9]", f68},
    {"ld4 {v0.4s, v1.4s, v2.4s, v3.4s}, [x9]", f69},
    {"ld4 {v0.2d, v1.2d, v2.2d, v3.2d}, [x9]", f70},
    {"ld4 {v0.8h, v1.8h, v2.8h, v3.8h}, [x9], #64", f71},
    {"ld4 {v0.8b, v1.8b, v2.8b, v3.8b}, [x9], x11", f72},
    {"ld4 {v31.4s, v0.4s, v1.4s, v2.4s}, [x9]", f73},
    {"ld1 {v31.2d, v0.2d}, [x9]", f74},
    {"ld1 {v0.b}[13], [x9]", f75},
    {"ld1 {v0.h}[6], [x9]", f76},
    {"ld1 {v0.s}[3], [x9]", f77},
    {"ld1 {v0.d}[1], [x9]", f78},
    {"ld1 {v0.b}[0], [x9]", f79},
    {"ld1 {v0.s}[0], [x9]", f80},
    {"ld1 {v0.h}[2], [x9], #2", f81},
    {"ld1 {v0.d}[1], [x9], x11", f82},
    {"ld2 {v0.b, v1.b}[13], [x9]", f83},
    {"ld2 {v0.h, v1.h}[6], [x9]", f84},
    {"ld2 {v0.s, v1.s}[3], [x9]", f85},
    {"ld2 {v0.d, v1.d}[1], [x9]", f86},
    {"ld2 {v0.b, v1.b}[0], [x9]", f87},
    {"ld2 {v0.s, v1.s}[0], [x9]", f88},
    {"ld2 {v0.h, v1.h}[2], [x9], #4", f89},
    {"ld2 {v0.d, v1.d}[1], [x9], x11", f90},
    {"ld3 {v0.b, v1.b, v2.b}[13], [x9]", f91},
    {"ld3 {v0.h, v1.h, v2.h}[6], [x9]", f92},
    {"ld3 {v0.s, v1.s, v2.s}[3], [x9]", f93},
    {"ld3 {v0.d, v1.d, v2.d}[1], [x9]", f94},
    {"ld3 {v0.b, v1.b, v2.b}[0], [x9]", f95},
    {"ld3 {v0.s, v1.s, v2.s}[0], [x9]", f96},
    {"ld3 {v0.h, v1.h, v2.h}[2], [x9], #6", f97},
    {"ld3 {v0.d, v1.d, v2.d}[1], [x9], x11", f98},
    {"ld4 {v0.b, v1.b, v2.b, v3.b}[13], [x9]", f99},
    {"ld4 {v0.h, v1.h, v2.h, v3.h}[6], [x9]", f100},
    {"ld4 {v0.s, v1.s, v2.s, v3.s}[3], [x9]", f101},
    {"ld4 {v0.d, v1.d, v2.d, v3.d}[1], [x9]", f102},
    {"ld4 {v0.b, v1.b, v2.b, v3.b}[0], [x9]", f103},
    {"ld4 {v0.s, v1.s, v2.s, v3.s}[0], [x9]", f104},
    {"ld4 {v0.h, v1.h, v2.h, v3.h}[2], [x9], #8", f105},
    {"ld4 {v0.d, v1.d, v2.d, v3.d}[1], [x9], x11", f106},
    {"st1 {v0.8b}, [x10]", f107},
    {"st1 {v0.16b}, [x10]", f108},
    {"st1 {v0.4h}, [x10]", f109},
    {"st1 {v0.8h}, [x10]", f110},
    {"st1 {v0.2s}, [x10]", f111},
    {"st1 {v0.4s}, [x10]", f112},
    {"st1 {v0.1d}, [x10]", f113},
    {"st1 {v0.2d}, [x10]", f114},
    {"st1 {v0.16b}, [x10], #16", f115},
    {"st1 {v0.4h}, [x10], #8", f116},
    {"st1 {v0.2s}, [x10], x11", f117},
    {"st1 {v0.8b, v1.8b}, [x10]", f118},
    {"st1 {v0.16b, v1.16b}, [x10]", f119},
    {"st1 {v0.4h, v1.4h}, [x10]", f120},
    {"st1 {v0.8h, v1.8h}, [x10]", f121},
    {"st1 {v0.2s, v1.2s}, [x10]", f122},
    {"st1 {v0.4s, v1.4s}, [x10]", f123},
    {"st1 {v0.1d, v1.1d}, [x10]", f124},
    {"st1 {v0.2d, v1.2d}, [x10]", f125},
    {"st1 {v0.16b, v1.16b}, [x10], #32", f126},
    {"st1 {v0.4h, v1.4h}, [x10], #16", f127},
    {"st1 {v0.2s, v1.2s}, [x10], x11", f128},
    {"st1 {v0.8b, v1.8b, v2.8b}, [x10]", f129},
    {"st1 {v0.16b, v1.16b, v2.16b}, [x10]", f130},
    {"st1 {v0.4h, v1.4h, v2.4h}, [x10]", f131},
    {"st1 {v0.8h, v1.8h, v2.8h}, [x10]", f132},
    {"st1 {v0.2s, v1.2s, v2.2s}, [x10]", f133},
    {"st1 {v0.4s, v1.4s, v2.4s}, [x10]", f134},
    {"st1 {v0.1d, v1.1d, v2.1d}, [x10]", f135},
    {"st1 {v0.2d, v1.2d, v2.2d}, [x10]", f136},
    {"st1 {v0.16b, v1.16b, v2.16b}, [x10], #48", f137},
    {"st1 {v0.4h, v1.4h, v2.4h}, [x10], #24", f138},
    {"st1 {v0.2s, v1.2s, v2.2s}, [x10], x11", f139},
    {"st1 {v0.8b, v1.8b, v2.8b, v3.8b}, [x10]", f140},
    {"st1 {v0.16b, v1.16b, v2.16b, v3.16b}, [x10]", f141},
    {"st1 {v0.4h, v1.4h, v2.4h, v3.4h}, [x10]", f142},
    {"st1 {v0.8h, v1.8h, v2.8h, v3.8h}, [x10]", f143},
    {"st1 {v0.2s, v1.2s, v2.2s, v3.2s}, [x10]", f144},
    {"st1 {v0.4s, v1.4s, v2.4s, v3.4s}, [x10]", f145},
    {"st1 {v0.1d, v1.1d, v2.1d, v3.1d}, [x10]", f146},
    {"st1 {v0.2d, v1.2d, v2.2d, v3.2d}, [x10]", f147},
    {"st1 {v0.16b, v1.16b, v2.16b, v3.16b}, [x10], #64", f148},
    {"st1 {v0.4h, v1.4h, v2.4h, v3.4h}, [x10], #32", f149},
    {"st1 {v0.2s, v1.2s, v2.2s, v3.2s}, [x10], x11", f150},
    {"st2 {v0.8b, v1.8b}, [x10]", f151},
    {"st2 {v0.16b, v1.16b}, [x10]", f152},
    {"st2 {v0.4h, v1.4h}, [x10]", f153},
    {"st2 {v0.8h, v1.8h}, [x10]", f154},
    {"st2 {v0.2s, v1.2s}, [x10]", f155},
    {"st2 {v0.4s, v1.4s}, [x10]", f156},
    {"st2 {v0.2d, v1.2d}, [x10]", f157},
    {"st2 {v0.8h, v1.8h}, [x10], #32", f158},
    {"st2 {v0.8b, v1.8b}, [x10], x11", f159},
    {"st2 {v31.4s, v0.4s}, [x10]", f160},
    {"st3 {v0.8b, v1.8b, v2.8b}, [x10]", f161},
    {"st3 {v0.16b, v1.16b, v2.16b}, [x10]", f162},
    {"st3 {v0.4h, v1.4h, v2.4h}, [x10]", f163},
    {"st3 {v0.8h, v1.8h, v2.8h}, [x10]", f164},
    {"st3 {v0.2s, v1.2s, v2.2s}, [x10]", f165},
    {"st3 {v0.4s, v1.4s, v2.4s}, [x10]", f166},
    {"st3 {v0.2d, v1.2d, v2.2d}, [x10]", f167},
    {"st3 {v0.8h, v1.8h, v2.8h}, [x10], #48", f168},
    {"st3 {v0.8b, v1.8b, v2.8b}, [x10], x11", f169},
    {"st3 {v31.4s, v0.4s, v1.4s}, [x10]", f170},
    {"st4 {v0.8b, v1.8b, v2.8b, v3.8b}, [x10]", f171},
    {"st4 {v0.16b, v1.16b, v2.16b, v3.16b}, [x10]", f172},
    {"st4 {v0.4h, v1.4h, v2.4h, v3.4h}, [x10]", f173},
    {"st4 {v0.8h, v1.8h, v2.8h, v3.8h}, [x10]", f174},
    {"st4 {v0.2s, v1.2s, v2.2s, v3.2s}, [x10]", f175},
    {"st4 {v0.4s, v1.4s, v2.4s, v3.4s}, [x10]", f176},
    {"st4 {v0.2d, v1.2d, v2.2d, v3.2d}, [x10]", f177},
    {"st4 {v0.8h, v1.8h, v2.8h, v3.8h}, [x10], #64", f178},
    {"st4 {v0.8b, v1.8b, v2.8b, v3.8b}, [x10], x11", f179},
    {"st4 {v31.4s, v0.4s, v1.4s, v2.4s}, [x10]", f180},
    {"st1 {v31.2d, v0.2d}, [x10]", f181},
    {"st1 {v0.b}[13], [x10]", f182},
    {"st1 {v0.h}[6], [x10]", f183},
    {"st1 {v0.s}[3], [x10]", f184},
    {"st1 {v0.d}[1], [x10]", f185},
    {"st1 {v0.b}[0], [x10]", f186},
    {"st1 {v0.s}[0], [x10]", f187},
    {"st1 {v0.h}[2], [x10], #2", f188},
    {"st1 {v0.d}[1], [x10], x11", f189},
    {"st2 {v0.b, v1.b}[13], [x10]", f190},
    {"st2 {v0.h, v1.h}[6], [x10]", f191},
    {"st2 {v0.s, v1.s}[3], [x10]", f192},
    {"st2 {v0.d, v1.d}[1], [x10]", f193},
    {"st2 {v0.b, v1.b}[0], [x10]", f194},
    {"st2 {v0.s, v1.s}[0], [x10]", f195},
    {"st2 {v0.h, v1.h}[2], [x10], #4", f196},
    {"st2 {v0.d, v1.d}[1], [x10], x11", f197},
    {"st3 {v0.b, v1.b, v2.b}[13], [x10]", f198},
    {"st3 {v0.h, v1.h, v2.h}[6], [x10]", f199},
    {"st3 {v0.s, v1.s, v2.s}[3], [x10]", f200},
    {"st3 {v0.d, v1.d, v2.d}[1], [x10]", f201},
    {"st3 {v0.b, v1.b, v2.b}[0], [x10]", f202},
    {"st3 {v0.s, v1.s, v2.s}[0], [x10]", f203},
    {"st3 {v0.h, v1.h, v2.h}[2], [x10], #6", f204},
    {"st3 {v0.d, v1.d, v2.d}[1], [x10], x11", f205},
    {"st4 {v0.b, v1.b, v2.b, v3.b}[13], [x10]", f206},
    {"st4 {v0.h, v1.h, v2.h, v3.h}[6], [x10]", f207},
    {"st4 {v0.s, v1.s, v2.s, v3.s}[3], [x10]", f208},
    {"st4 {v0.d, v1.d, v2.d, v3.d}[1], [x10]", f209},
    {"st4 {v0.b, v1.b, v2.b, v3.b}[0], [x10]", f210},
    {"st4 {v0.s, v1.s, v2.s, v3.s}[0], [x10]", f211},
    {"st4 {v0.h, v1.h, v2.h, v3.h}[2], [x10], #8", f212},
    {"st4 {v0.d, v1.d, v2.d, v3.d}[1], [x10], x11", f213},
    {"ld1r {v0.8b}, [x9]", f214},
    {"ld1r {v0.16b}, [x9]", f215},
    {"ld1r {v0.4h}, [x9]", f216},
    {"ld1r {v0.8h}, [x9]", f217},
    {"ld1r {v0.2s}, [x9]", f218},
    {"ld1r {v0.4s}, [x9]", f219},
    {"ld1r {v0.1d}, [x9]", f220},
    {"ld1r {v0.2d}, [x9]", f221},
    {"ld1r {v0.16b}, [x9], #1", f222},
    {"ld1r {v0.2s}, [x9], x11", f223},
    {"ld1r {v30.8h}, [x9]", f224},
    {"ld2r {v0.8b, v1.8b}, [x9]", f225},
    {"ld2r {v0.16b, v1.16b}, [x9]", f226},
    {"ld2r {v0.4h, v1.4h}, [x9]", f227},
    {"ld2r {v0.8h, v1.8h}, [x9]", f228},
    {"ld2r {v0.2s, v1.2s}, [x9]", f229},
    {"ld2r {v0.4s, v1.4s}, [x9]", f230},
    {"ld2r {v0.1d, v1.1d}, [x9]", f231},
    {"ld2r {v0.2d, v1.2d}, [x9]", f232},
    {"ld2r {v0.16b, v1.16b}, [x9], #2", f233},
    {"ld2r {v0.2s, v1.2s}, [x9], x11", f234},
    {"ld2r {v30.8h, v31.8h}, [x9]", f235},
    {"ld3r {v0.8b, v1.8b, v2.8b}, [x9]", f236},
    {"ld3r {v0.16b, v1.16b, v2.16b}, [x9]", f237},
    {"ld3r {v0.4h, v1.4h, v2.4h}, [x9]", f238},
    {"ld3r {v0.8h, v1.8h, v2.8h}, [x9]", f239},
    {"ld3r {v0.2s, v1.2s, v2.2s}, [x9]", f240},
    {"ld3r {v0.4s, v1.4s, v2.4s}, [x9]", f241},
    {"ld3r {v0.1d, v1.1d, v2.1d}, [x9]", f242},
    {"ld3r {v0.2d, v1.2d, v2.2d}, [x9]", f243},
    {"ld3r {v0.16b, v1.16b, v2.16b}, [x9], #3", f244},
    {"ld3r {v0.2s, v1.2s, v2.2s}, [x9], x11", f245},
    {"ld3r {v30.8h, v31.8h, v0.8h}, [x9]", f246},
    {"ld4r {v0.8b, v1.8b, v2.8b, v3.8b}, [x9]", f247},
    {"ld4r {v0.16b, v1.16b, v2.16b, v3.16b}, [x9]", f248},
    {"ld4r {v0.4h, v1.4h, v2.4h, v3.4h}, [x9]", f249},
    {"ld4r {v0.8h, v1.8h, v2.8h, v3.8h}, [x9]", f250},
    {"ld4r {v0.2s, v1.2s, v2.2s, v3.2s}, [x9]", f251},
    {"ld4r {v0.4s, v1.4s, v2.4s, v3.4s}, [x9]", f252},
    {"ld4r {v0.1d, v1.1d, v2.1d, v3.1d}, [x9]", f253},
    {"ld4r {v0.2d, v1.2d, v2.2d, v3.2d}, [x9]", f254},
    {"ld4r {v0.16b, v1.16b, v2.16b, v3.16b}, [x9], #4", f255},
    {"ld4r {v0.2s, v1.2s, v2.2s, v3.2s}, [x9], x11", f256},
    {"ld4r {v30.8h, v31.8h, v0.8h, v1.8h}, [x9]", f257},
};

int main(void)
{
    for (int i = 0; i < 256; i++) {
        src[i] = (uint8_t)(i * 7 + 3);
    }
    for (int i = 0; i < 128; i++) {
        fill[i] = (uint8_t)(0xa0 + i);
    }
    for (unsigned t = 0; t < sizeof(tests) / sizeof(tests[0]); t++) {
        memset(dst, 0xee, sizeof(dst));
        memset(regs, 0, sizeof(regs));
        tests[t].fn();
        printf("%s\n ", tests[t].name);
        for (int r = 0; r < 6; r++) {
            for (int b = 15; b >= 0; b--) {
                printf("%02x", regs[r][b]);
            }
            printf(r == 2 ? "\n " : " ");
        }
        printf("\n x9%+d x10%+d\n ", (int)(ptrs[0] - (uint64_t)(src + 16)),
               (int)(ptrs[1] - (uint64_t)(dst + 16)));
        for (int b = 0; b < 96; b++) {
            printf("%02x", dst[b]);
        }
        printf("\n");
    }
    return 0;
}
