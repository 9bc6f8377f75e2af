/* Generated: AdvSIMD integer instructions on fixed inputs; compares
 * against qemu-aarch64's output. v0 = n, v1 = m, v2 = d (in and out). */
#include <stdint.h>
#include <stdio.h>

typedef struct { uint64_t lo, hi; } V128;

static const V128 pool[13] = {
    {0x0000000000000000ull, 0x0000000000000000ull},
    {0xffffffffffffffffull, 0xffffffffffffffffull},
    {0x7fffffffffffff7full, 0x8000000080000080ull},
    {0x8080808080808080ull, 0x8080808080808080ull},
    {0x7f7f7f7f7f7f7f7full, 0x7f7f7f7f7f7f7f7full},
    {0x0000000000000001ull, 0xffffffffffffffffull},
    {0x6dca2824e4a54f89ull, 0xeb9ca22c70139218ull},
    {0x63cb3367da258321ull, 0x9a6859d769b878ebull},
    {0x4347aaf1ff4eb41eull, 0x1f0057a6234a5418ull},
    {0xef0d1e28c4f1dfd0ull, 0x42e00b260743011bull},
    {0x01ff7f81817f7f01ull, 0xfe8000817f7e7f81ull},
    {0x0f0200090c050f07ull, 0x050f0c050f0d090cull},
    {0x8000000080008000ull, 0x7fffffff7fff0001ull},
};
static const int trip[16][3] = {{0, 1, 5}, {1, 2, 6}, {2, 3, 7}, {3, 4, 8}, {4, 5, 9}, {5, 6, 10}, {6, 7, 11}, {7, 8, 12}, {8, 9, 0}, {9, 10, 1}, {10, 11, 2}, {11, 12, 3}, {12, 0, 4}, {6, 6, 7}, {2, 3, 4}, {3, 3, 2}};
/* One test: load v0-v2 from in[0..2], clear FPSR, run INSN, store v2 and
 * FPSR to out[0..1]. */
#define T(n, insn)                                                         \
    static void f##n(const V128 *in, V128 *out)                            \
    {                                                                      \
        __asm__ volatile("ldr q0, [%0]\n\tldr q1, [%0, #16]\n\t"           \
                         "ldr q2, [%0, #32]\n\tmsr fpsr, xzr\n\t" insn     \
                         "\n\tstr q2, [%1]\n\tmrs x9, fpsr\n\t"            \
                         "str x9, [%1, #16]"                               \
                         :                                                 \
                         : "r"(in), "r"(out)                               \
                         : "v0", "v1", "v2", "v3", "v4", "v31", "x9",      \
                           "memory");                                      \
    }
T(0, "saddl v2.8h, v0.8b, v1.8b")
T(1, "saddl2 v2.8h, v0.16b, v1.16b")
T(2, "saddl v2.4s, v0.4h, v1.4h")
T(3, "saddl2 v2.4s, v0.8h, v1.8h")
T(4, "saddl v2.2d, v0.2s, v1.2s")
T(5, "saddl2 v2.2d, v0.4s, v1.4s")
T(6, "uaddl v2.8h, v0.8b, v1.8b")
T(7, "uaddl2 v2.8h, v0.16b, v1.16b")
T(8, "uaddl v2.4s, v0.4h, v1.4h")
T(9, "uaddl2 v2.4s, v0.8h, v1.8h")
T(10, "uaddl v2.2d, v0.2s, v1.2s")
T(11, "uaddl2 v2.2d, v0.4s, v1.4s")
T(12, "ssubl v2.8h, v0.8b, v1.8b")
T(13, "ssubl2 v2.8h, v0.16b, v1.16b")
T(14, "ssubl v2.4s, v0.4h, v1.4h")
T(15, "ssubl2 v2.4s, v0.8h, v1.8h")
T(16, "ssubl v2.2d, v0.2s, v1.2s")
T(17, "ssubl2 v2.2d, v0.4s, v1.4s")
T(18, "usubl v2.8h, v0.8b, v1.8b")
T(19, "usubl2 v2.8h, v0.16b, v1.16b")
T(20, "usubl v2.4s, v0.4h, v1.4h")
T(21, "usubl2 v2.4s, v0.8h, v1.8h")
T(22, "usubl v2.2d, v0.2s, v1.2s")
T(23, "usubl2 v2.2d, v0.4s, v1.4s")
T(24, "sabal v2.8h, v0.8b, v1.8b")
T(25, "sabal2 v2.8h, v0.16b, v1.16b")
T(26, "sabal v2.4s, v0.4h, v1.4h")
T(27, "sabal2 v2.4s, v0.8h, v1.8h")
T(28, "sabal v2.2d, v0.2s, v1.2s")
T(29, "sabal2 v2.2d, v0.4s, v1.4s")
T(30, "uabal v2.8h, v0.8b, v1.8b")
T(31, "uabal2 v2.8h, v0.16b, v1.16b")
T(32, "uabal v2.4s, v0.4h, v1.4h")
T(33, "uabal2 v2.4s, v0.8h, v1.8h")
T(34, "uabal v2.2d, v0.2s, v1.2s")
T(35, "uabal2 v2.2d, v0.4s, v1.4s")
T(36, "sabdl v2.8h, v0.8b, v1.8b")
T(37, "sabdl2 v2.8h, v0.16b, v1.16b")
T(38, "sabdl v2.4s, v0.4h, v1.4h")
T(39, "sabdl2 v2.4s, v0.8h, v1.8h")
T(40, "sabdl v2.2d, v0.2s, v1.2s")
T(41, "sabdl2 v2.2d, v0.4s, v1.4s")
T(42, "uabdl v2.8h, v0.8b, v1.8b")
T(43, "uabdl2 v2.8h, v0.16b, v1.16b")
T(44, "uabdl v2.4s, v0.4h, v1.4h")
T(45, "uabdl2 v2.4s, v0.8h, v1.8h")
T(46, "uabdl v2.2d, v0.2s, v1.2s")
T(47, "uabdl2 v2.2d, v0.4s, v1.4s")
T(48, "smlal v2.8h, v0.8b, v1.8b")
T(49, "smlal2 v2.8h, v0.16b, v1.16b")
T(50, "smlal v2.4s, v0.4h, v1.4h")
T(51, "smlal2 v2.4s, v0.8h, v1.8h")
T(52, "smlal v2.2d, v0.2s, v1.2s")
T(53, "smlal2 v2.2d, v0.4s, v1.4s")
T(54, "umlal v2.8h, v0.8b, v1.8b")
T(55, "umlal2 v2.8h, v0.16b, v1.16b")
T(56, "umlal v2.4s, v0.4h, v1.4h")
T(57, "umlal2 v2.4s, v0.8h, v1.8h")
T(58, "umlal v2.2d, v0.2s, v1.2s")
T(59, "umlal2 v2.2d, v0.4s, v1.4s")
T(60, "smlsl v2.8h, v0.8b, v1.8b")
T(61, "smlsl2 v2.8h, v0.16b, v1.16b")
T(62, "smlsl v2.4s, v0.4h, v1.4h")
T(63, "smlsl2 v2.4s, v0.8h, v1.8h")
T(64, "smlsl v2.2d, v0.2s, v1.2s")
T(65, "smlsl2 v2.2d, v0.4s, v1.4s")
T(66, "umlsl v2.8h, v0.8b, v1.8b")
T(67, "umlsl2 v2.8h, v0.16b, v1.16b")
T(68, "umlsl v2.4s, v0.4h, v1.4h")
T(69, "umlsl2 v2.4s, v0.8h, v1.8h")
T(70, "umlsl v2.2d, v0.2s, v1.2s")
T(71, "umlsl2 v2.2d, v0.4s, v1.4s")
T(72, "smull v2.8h, v0.8b, v1.8b")
T(73, "smull2 v2.8h, v0.16b, v1.16b")
T(74, "smull v2.4s, v0.4h, v1.4h")
T(75, "smull2 v2.4s, v0.8h, v1.8h")
T(76, "smull v2.2d, v0.2s, v1.2s")
T(77, "smull2 v2.2d, v0.4s, v1.4s")
T(78, "umull v2.8h, v0.8b, v1.8b")
T(79, "umull2 v2.8h, v0.16b, v1.16b")
T(80, "umull v2.4s, v0.4h, v1.4h")
T(81, "umull2 v2.4s, v0.8h, v1.8h")
T(82, "umull v2.2d, v0.2s, v1.2s")
T(83, "umull2 v2.2d, v0.4s, v1.4s")
T(84, "saddw v2.8h, v0.8h, v1.8b")
T(85, "saddw2 v2.8h, v0.8h, v1.16b")
T(86, "saddw v2.4s, v0.4s, v1.4h")
T(87, "saddw2 v2.4s, v0.4s, v1.8h")
T(88, "saddw v2.2d, v0.2d, v1.2s")
T(89, "saddw2 v2.2d, v0.2d, v1.4s")
T(90, "uaddw v2.8h, v0.8h, v1.8b")
T(91, "uaddw2 v2.8h, v0.8h, v1.16b")
T(92, "uaddw v2.4s, v0.4s, v1.4h")
T(93, "uaddw2 v2.4s, v0.4s, v1.8h")
T(94, "uaddw v2.2d, v0.2d, v1.2s")
T(95, "uaddw2 v2.2d, v0.2d, v1.4s")
T(96, "ssubw v2.8h, v0.8h, v1.8b")
T(97, "ssubw2 v2.8h, v0.8h, v1.16b")
T(98, "ssubw v2.4s, v0.4s, v1.4h")
T(99, "ssubw2 v2.4s, v0.4s, v1.8h")
T(100, "ssubw v2.2d, v0.2d, v1.2s")
T(101, "ssubw2 v2.2d, v0.2d, v1.4s")
T(102, "usubw v2.8h, v0.8h, v1.8b")
T(103, "usubw2 v2.8h, v0.8h, v1.16b")
T(104, "usubw v2.4s, v0.4s, v1.4h")
T(105, "usubw2 v2.4s, v0.4s, v1.8h")
T(106, "usubw v2.2d, v0.2d, v1.2s")
T(107, "usubw2 v2.2d, v0.2d, v1.4s")
T(108, "addhn v2.8b, v0.8h, v1.8h")
T(109, "addhn2 v2.16b, v0.8h, v1.8h")
T(110, "addhn v2.4h, v0.4s, v1.4s")
T(111, "addhn2 v2.8h, v0.4s, v1.4s")
T(112, "addhn v2.2s, v0.2d, v1.2d")
T(113, "addhn2 v2.4s, v0.2d, v1.2d")
T(114, "subhn v2.8b, v0.8h, v1.8h")
T(115, "subhn2 v2.16b, v0.8h, v1.8h")
T(116, "subhn v2.4h, v0.4s, v1.4s")
T(117, "subhn2 v2.8h, v0.4s, v1.4s")
T(118, "subhn v2.2s, v0.2d, v1.2d")
T(119, "subhn2 v2.4s, v0.2d, v1.2d")
T(120, "raddhn v2.8b, v0.8h, v1.8h")
T(121, "raddhn2 v2.16b, v0.8h, v1.8h")
T(122, "raddhn v2.4h, v0.4s, v1.4s")
T(123, "raddhn2 v2.8h, v0.4s, v1.4s")
T(124, "raddhn v2.2s, v0.2d, v1.2d")
T(125, "raddhn2 v2.4s, v0.2d, v1.2d")
T(126, "rsubhn v2.8b, v0.8h, v1.8h")
T(127, "rsubhn2 v2.16b, v0.8h, v1.8h")
T(128, "rsubhn v2.4h, v0.4s, v1.4s")
T(129, "rsubhn2 v2.8h, v0.4s, v1.4s")
T(130, "rsubhn v2.2s, v0.2d, v1.2d")
T(131, "rsubhn2 v2.4s, v0.2d, v1.2d")
T(132, "sqdmull v2.4s, v0.4h, v1.4h")
T(133, "sqdmull2 v2.4s, v0.8h, v1.8h")
T(134, "sqdmull v2.2d, v0.2s, v1.2s")
T(135, "sqdmull2 v2.2d, v0.4s, v1.4s")
T(136, "sqdmull s2, h0, h1")
T(137, "sqdmull d2, s0, s1")
T(138, "sqdmlal v2.4s, v0.4h, v1.4h")
T(139, "sqdmlal2 v2.4s, v0.8h, v1.8h")
T(140, "sqdmlal v2.2d, v0.2s, v1.2s")
T(141, "sqdmlal2 v2.2d, v0.4s, v1.4s")
T(142, "sqdmlal s2, h0, h1")
T(143, "sqdmlal d2, s0, s1")
T(144, "sqdmlsl v2.4s, v0.4h, v1.4h")
T(145, "sqdmlsl2 v2.4s, v0.8h, v1.8h")
T(146, "sqdmlsl v2.2d, v0.2s, v1.2s")
T(147, "sqdmlsl2 v2.2d, v0.4s, v1.4s")
T(148, "sqdmlsl s2, h0, h1")
T(149, "sqdmlsl d2, s0, s1")
T(150, "pmull v2.8h, v0.8b, v1.8b")
T(151, "pmull2 v2.8h, v0.16b, v1.16b")
static const struct { const char *name; void (*fn)(const V128 *, V128 *); } tests[] = {
    {"saddl v2.8h, v0.8b, v1.8b", f0},
    {"saddl2 v2.8h, v0.16b, v1.16b", f1},
    {"saddl v2.4s, v0.4h, v1.4h", f2},
    {"saddl2 v2.4s, v0.8h, v1.8h", f3},
    {"saddl v2.2d, v0.2s, v1.2s", f4},
    {"saddl2 v2.2d, v0.4s, v1.4s", f5},
    {"uaddl v2.8h, v0.8b, v1.8b", f6},
    {"uaddl2 v2.8h, v0.16b, v1.16b", f7},
    {"uaddl v2.4s, v0.4h, v1.4h", f8},
    {"uaddl2 v2.4s, v0.8h, v1.8h", f9},
    {"uaddl v2.2d, v0.2s, v1.2s", f10},
    {"uaddl2 v2.2d, v0.4s, v1.4s", f11},
    {"ssubl v2.8h, v0.8b, v1.8b", f12},
    {"ssubl2 v2.8h, v0.16b, v1.16b", f13},
    {"ssubl v2.4s, v0.4h, v1.4h", f14},
    {"ssubl2 v2.4s, v0.8h, v1.8h", f15},
    {"ssubl v2.2d, v0.2s, v1.2s", f16},
    {"ssubl2 v2.2d, v0.4s, v1.4s", f17},
    {"usubl v2.8h, v0.8b, v1.8b", f18},
    {"usubl2 v2.8h, v0.16b, v1.16b", f19},
    {"usubl v2.4s, v0.4h, v1.4h", f20},
    {"usubl2 v2.4s, v0.8h, v1.8h", f21},
    {"usubl v2.2d, v0.2s, v1.2s", f22},
    {"usubl2 v2.2d, v0.4s, v1.4s", f23},
    {"sabal v2.8h, v0.8b, v1.8b", f24},
    {"sabal2 v2.8h, v0.16b, v1.16b", f25},
    {"sabal v2.4s, v0.4h, v1.4h", f26},
    {"sabal2 v2.4s, v0.8h, v1.8h", f27},
    {"sabal v2.2d, v0.2s, v1.2s", f28},
    {"sabal2 v2.2d, v0.4s, v1.4s", f29},
    {"uabal v2.8h, v0.8b, v1.8b", f30},
    {"uabal2 v2.8h, v0.16b, v1.16b", f31},
    {"uabal v2.4s, v0.4h, v1.4h", f32},
    {"uabal2 v2.4s, v0.8h, v1.8h", f33},
    {"uabal v2.2d, v0.2s, v1.2s", f34},
    {"uabal2 v2.2d, v0.4s, v1.4s", f35},
    {"sabdl v2.8h, v0.8b, v1.8b", f36},
    {"sabdl2 v2.8h, v0.16b, v1.16b", f37},
    {"sabdl v2.4s, v0.4h, v1.4h", f38},
    {"sabdl2 v2.4s, v0.8h, v1.8h", f39},
    {"sabdl v2.2d, v0.2s, v1.2s", f40},
    {"sabdl2 v2.2d, v0.4s, v1.4s", f41},
    {"uabdl v2.8h, v0.8b, v1.8b", f42},
    {"uabdl2 v2.8h, v0.16b, v1.16b", f43},
    {"uabdl v2.4s, v0.4h, v1.4h", f44},
    {"uabdl2 v2.4s, v0.8h, v1.8h", f45},
    {"uabdl v2.2d, v0.2s, v1.2s", f46},
    {"uabdl2 v2.2d, v0.4s, v1.4s", f47},
    {"smlal v2.8h, v0.8b, v1.8b", f48},
    {"smlal2 v2.8h, v0.16b, v1.16b", f49},
    {"smlal v2.4s, v0.4h, v1.4h", f50},
    {"smlal2 v2.4s, v0.8h, v1.8h", f51},
    {"smlal v2.2d, v0.2s, v1.2s", f52},
    {"smlal2 v2.2d, v0.4s, v1.4s", f53},
    {"umlal v2.8h, v0.8b, v1.8b", f54},
    {"umlal2 v2.8h, v0.16b, v1.16b", f55},
    {"umlal v2.4s, v0.4h, v1.4h", f56},
    {"umlal2 v2.4s, v0.8h, v1.8h", f57},
    {"umlal v2.2d, v0.2s, v1.2s", f58},
    {"umlal2 v2.2d, v0.4s, v1.4s", f59},
    {"smlsl v2.8h, v0.8b, v1.8b", f60},
    {"smlsl2 v2.8h, v0.16b, v1.16b", f61},
    {"smlsl v2.4s, v0.4h, v1.4h", f62},
    {"smlsl2 v2.4s, v0.8h, v1.8h", f63},
    {"smlsl v2.2d, v0.2s, v1.2s", f64},
    {"smlsl2 v2.2d, v0.4s, v1.4s", f65},
    {"umlsl v2.8h, v0.8b, v1.8b", f66},
    {"umlsl2 v2.8h, v0.16b, v1.16b", f67},
    {"umlsl v2.4s, v0.4h, v1.4h", f68},
    {"umlsl2 v2.4s, v0.8h, v1.8h", f69},
    {"umlsl v2.2d, v0.2s, v1.2s", f70},
    {"umlsl2 v2.2d, v0.4s, v1.4s", f71},
    {"smull v2.8h, v0.8b, v1.8b", f72},
    {"smull2 v2.8h, v0.16b, v1.16b", f73},
    {"smull v2.4s, v0.4h, v1.4h", f74},
    {"smull2 v2.4s, v0.8h, v1.8h", f75},
    {"smull v2.2d, v0.2s, v1.2s", f76},
    {"smull2 v2.2d, v0.4s, v1.4s", f77},
    {"umull v2.8h, v0.8b, v1.8b", f78},
    {"umull2 v2.8h, v0.16b, v1.16b", f79},
    {"umull v2.4s, v0.4h, v1.4h", f80},
    {"umull2 v2.4s, v0.8h, v1.8h", f81},
    {"umull v2.2d, v0.2s, v1.2s", f82},
    {"umull2 v2.2d, v0.4s, v1.4s", f83},
    {"saddw v2.8h, v0.8h, v1.8b", f84},
    {"saddw2 v2.8h, v0.8h, v1.16b", f85},
    {"saddw v2.4s, v0.4s, v1.4h", f86},
    {"saddw2 v2.4s, v0.4s, v1.8h", f87},
    {"saddw v2.2d, v0.2d, v1.2s", f88},
    {"saddw2 v2.2d, v0.2d, v1.4s", f89},
    {"uaddw v2.8h, v0.8h, v1.8b", f90},
    {"uaddw2 v2.8h, v0.8h, v1.16b", f91},
    {"uaddw v2.4s, v0.4s, v1.4h", f92},
    {"uaddw2 v2.4s, v0.4s, v1.8h", f93},
    {"uaddw v2.2d, v0.2d, v1.2s", f94},
    {"uaddw2 v2.2d, v0.2d, v1.4s", f95},
    {"ssubw v2.8h, v0.8h, v1.8b", f96},
    {"ssubw2 v2.8h, v0.8h, v1.16b", f97},
    {"ssubw v2.4s, v0.4s, v1.4h", f98},
    {"ssubw2 v2.4s, v0.4s, v1.8h", f99},
    {"ssubw v2.2d, v0.2d, v1.2s", f100},
    {"ssubw2 v2.2d, v0.2d, v1.4s", f101},
    {"usubw v2.8h, v0.8h, v1.8b", f102},
    {"usubw2 v2.8h, v0.8h, v1.16b", f103},
    {"usubw v2.4s, v0.4s, v1.4h", f104},
    {"usubw2 v2.4s, v0.4s, v1.8h", f105},
    {"usubw v2.2d, v0.2d, v1.2s", f106},
    {"usubw2 v2.2d, v0.2d, v1.4s", f107},
    {"addhn v2.8b, v0.8h, v1.8h", f108},
    {"addhn2 v2.16b, v0.8h, v1.8h", f109},
    {"addhn v2.4h, v0.4s, v1.4s", f110},
    {"addhn2 v2.8h, v0.4s, v1.4s", f111},
    {"addhn v2.2s, v0.2d, v1.2d", f112},
    {"addhn2 v2.4s, v0.2d, v1.2d", f113},
    {"subhn v2.8b, v0.8h, v1.8h", f114},
    {"subhn2 v2.16b, v0.8h, v1.8h", f115},
    {"subhn v2.4h, v0.4s, v1.4s", f116},
    {"subhn2 v2.8h, v0.4s, v1.4s", f117},
    {"subhn v2.2s, v0.2d, v1.2d", f118},
    {"subhn2 v2.4s, v0.2d, v1.2d", f119},
    {"raddhn v2.8b, v0.8h, v1.8h", f120},
    {"raddhn2 v2.16b, v0.8h, v1.8h", f121},
    {"raddhn v2.4h, v0.4s, v1.4s", f122},
    {"raddhn2 v2.8h, v0.4s, v1.4s", f123},
    {"raddhn v2.2s, v0.2d, v1.2d", f124},
    {"raddhn2 v2.4s, v0.2d, v1.2d", f125},
    {"rsubhn v2.8b, v0.8h, v1.8h", f126},
    {"rsubhn2 v2.16b, v0.8h, v1.8h", f127},
    {"rsubhn v2.4h, v0.4s, v1.4s", f128},
    {"rsubhn2 v2.8h, v0.4s, v1.4s", f129},
    {"rsubhn v2.2s, v0.2d, v1.2d", f130},
    {"rsubhn2 v2.4s, v0.2d, v1.2d", f131},
    {"sqdmull v2.4s, v0.4h, v1.4h", f132},
    {"sqdmull2 v2.4s, v0.8h, v1.8h", f133},
    {"sqdmull v2.2d, v0.2s, v1.2s", f134},
    {"sqdmull2 v2.2d, v0.4s, v1.4s", f135},
    {"sqdmull s2, h0, h1", f136},
    {"sqdmull d2, s0, s1", f137},
    {"sqdmlal v2.4s, v0.4h, v1.4h", f138},
    {"sqdmlal2 v2.4s, v0.8h, v1.8h", f139},
    {"sqdmlal v2.2d, v0.2s, v1.2s", f140},
    {"sqdmlal2 v2.2d, v0.4s, v1.4s", f141},
    {"sqdmlal s2, h0, h1", f142},
    {"sqdmlal d2, s0, s1", f143},
    {"sqdmlsl v2.4s, v0.4h, v1.4h", f144},
    {"sqdmlsl2 v2.4s, v0.8h, v1.8h", f145},
    {"sqdmlsl v2.2d, v0.2s, v1.2s", f146},
    {"sqdmlsl2 v2.2d, v0.4s, v1.4s", f147},
    {"sqdmlsl s2, h0, h1", f148},
    {"sqdmlsl d2, s0, s1", f149},
    {"pmull v2.8h, v0.8b, v1.8b", f150},
    {"pmull2 v2.8h, v0.16b, v1.16b", f151},
};

int main(void)
{
    for (unsigned t = 0; t < sizeof(tests) / sizeof(tests[0]); t++) {
        printf("%s\n", tests[t].name);
        for (unsigned i = 0; i < sizeof(trip) / sizeof(trip[0]); i++) {
            V128 in[3] = {pool[trip[i][0]], pool[trip[i][1]], pool[trip[i][2]]};
            V128 out[2];
            tests[t].fn(in, out);
            printf(" %2u %016llx%016llx%s\n", i, (unsigned long long)out[0].hi,
                   (unsigned long long)out[0].lo, (out[1].lo >> 27 & 1) ? " QC" : "");
        }
    }
    return 0;
}
