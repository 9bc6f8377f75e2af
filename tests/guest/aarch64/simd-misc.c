/* Generated: AdvSIMD integer instructions on fixed inputs; compares
 * against qemu-aarch64's output. v0 = n, v1 = m, v2 = d (in and out). */
#include "simd-table.h"

static const V128 pool[13] = {
    POOL_EDGES,
    {0x55de9daea5d9851cull, 0x4f7fa2919404cac0ull},
    {0xc8de89acd5e3e763ull, 0xd25350927ea1fc84ull},
    {0x0ce3dc69b5771150ull, 0xc2f8c37d242023cfull},
    {0xca2d3e3e0d3d07f6ull, 0x271adfdee83ac007ull},
    {0x80fffe017f02ff02ull, 0x0102807ffe817f02ull},
    {0x08040802070e070eull, 0x0d0a060406060c04ull},
    {0x8000000080008000ull, 0x7fffffff7fff0001ull},
};
T(0, "addv b2, v0.8b")
T(1, "addv b2, v0.16b")
T(2, "addv h2, v0.4h")
T(3, "addv h2, v0.8h")
T(4, "addv s2, v0.4s")
T(5, "smaxv b2, v0.8b")
T(6, "smaxv b2, v0.16b")
T(7, "smaxv h2, v0.4h")
T(8, "smaxv h2, v0.8h")
T(9, "smaxv s2, v0.4s")
T(10, "sminv b2, v0.8b")
T(11, "sminv b2, v0.16b")
T(12, "sminv h2, v0.4h")
T(13, "sminv h2, v0.8h")
T(14, "sminv s2, v0.4s")
T(15, "umaxv b2, v0.8b")
T(16, "umaxv b2, v0.16b")
T(17, "umaxv h2, v0.4h")
T(18, "umaxv h2, v0.8h")
T(19, "umaxv s2, v0.4s")
T(20, "uminv b2, v0.8b")
T(21, "uminv b2, v0.16b")
T(22, "uminv h2, v0.4h")
T(23, "uminv h2, v0.8h")
T(24, "uminv s2, v0.4s")
T(25, "saddlv h2, v0.8b")
T(26, "saddlv h2, v0.16b")
T(27, "saddlv s2, v0.4h")
T(28, "saddlv s2, v0.8h")
T(29, "saddlv d2, v0.4s")
T(30, "uaddlv h2, v0.8b")
T(31, "uaddlv h2, v0.16b")
T(32, "uaddlv s2, v0.4h")
T(33, "uaddlv s2, v0.8h")
T(34, "uaddlv d2, v0.4s")
T(35, "addp d2, v0.2d")
T(36, "zip1 v2.8b, v0.8b, v1.8b")
T(37, "zip1 v2.16b, v0.16b, v1.16b")
T(38, "zip1 v2.4h, v0.4h, v1.4h")
T(39, "zip1 v2.8h, v0.8h, v1.8h")
T(40, "zip1 v2.2s, v0.2s, v1.2s")
T(41, "zip1 v2.4s, v0.4s, v1.4s")
T(42, "zip1 v2.2d, v0.2d, v1.2d")
T(43, "zip2 v2.8b, v0.8b, v1.8b")
T(44, "zip2 v2.16b, v0.16b, v1.16b")
T(45, "zip2 v2.4h, v0.4h, v1.4h")
T(46, "zip2 v2.8h, v0.8h, v1.8h")
T(47, "zip2 v2.2s, v0.2s, v1.2s")
T(48, "zip2 v2.4s, v0.4s, v1.4s")
T(49, "zip2 v2.2d, v0.2d, v1.2d")
T(50, "uzp1 v2.8b, v0.8b, v1.8b")
T(51, "uzp1 v2.16b, v0.16b, v1.16b")
T(52, "uzp1 v2.4h, v0.4h, v1.4h")
T(53, "uzp1 v2.8h, v0.8h, v1.8h")
T(54, "uzp1 v2.2s, v0.2s, v1.2s")
T(55, "uzp1 v2.4s, v0.4s, v1.4s")
T(56, "uzp1 v2.2d, v0.2d, v1.2d")
T(57, "uzp2 v2.8b, v0.8b, v1.8b")
T(58, "uzp2 v2.16b, v0.16b, v1.16b")
T(59, "uzp2 v2.4h, v0.4h, v1.4h")
T(60, "uzp2 v2.8h, v0.8h, v1.8h")
T(61, "uzp2 v2.2s, v0.2s, v1.2s")
T(62, "uzp2 v2.4s, v0.4s, v1.4s")
T(63, "uzp2 v2.2d, v0.2d, v1.2d")
T(64, "trn1 v2.8b, v0.8b, v1.8b")
T(65, "trn1 v2.16b, v0.16b, v1.16b")
T(66, "trn1 v2.4h, v0.4h, v1.4h")
T(67, "trn1 v2.8h, v0.8h, v1.8h")
T(68, "trn1 v2.2s, v0.2s, v1.2s")
T(69, "trn1 v2.4s, v0.4s, v1.4s")
T(70, "trn1 v2.2d, v0.2d, v1.2d")
T(71, "trn2 v2.8b, v0.8b, v1.8b")
T(72, "trn2 v2.16b, v0.16b, v1.16b")
T(73, "trn2 v2.4h, v0.4h, v1.4h")
T(74, "trn2 v2.8h, v0.8h, v1.8h")
T(75, "trn2 v2.2s, v0.2s, v1.2s")
T(76, "trn2 v2.4s, v0.4s, v1.4s")
T(77, "trn2 v2.2d, v0.2d, v1.2d")
T(78, "ext v2.16b, v0.16b, v1.16b, #0")
T(79, "ext v2.16b, v0.16b, v1.16b, #1")
T(80, "ext v2.16b, v0.16b, v1.16b, #2")
T(81, "ext v2.16b, v0.16b, v1.16b, #3")
T(82, "ext v2.16b, v0.16b, v1.16b, #4")
T(83, "ext v2.16b, v0.16b, v1.16b, #5")
T(84, "ext v2.16b, v0.16b, v1.16b, #6")
T(85, "ext v2.16b, v0.16b, v1.16b, #7")
T(86, "ext v2.16b, v0.16b, v1.16b, #8")
T(87, "ext v2.16b, v0.16b, v1.16b, #9")
T(88, "ext v2.16b, v0.16b, v1.16b, #10")
T(89, "ext v2.16b, v0.16b, v1.16b, #11")
T(90, "ext v2.16b, v0.16b, v1.16b, #12")
T(91, "ext v2.16b, v0.16b, v1.16b, #13")
T(92, "ext v2.16b, v0.16b, v1.16b, #14")
T(93, "ext v2.16b, v0.16b, v1.16b, #15")
T(94, "ext v2.8b, v0.8b, v1.8b, #0")
T(95, "ext v2.8b, v0.8b, v1.8b, #1")
T(96, "ext v2.8b, v0.8b, v1.8b, #2")
T(97, "ext v2.8b, v0.8b, v1.8b, #3")
T(98, "ext v2.8b, v0.8b, v1.8b, #4")
T(99, "ext v2.8b, v0.8b, v1.8b, #5")
T(100, "ext v2.8b, v0.8b, v1.8b, #6")
T(101, "ext v2.8b, v0.8b, v1.8b, #7")
T(102, "movi v4.16b, #0x4f\n\tand v3.16b, v1.16b, v4.16b\n\ttbl v2.8b, {v0.16b}, v3.8b")
T(103, "movi v4.16b, #0x4f\n\tand v3.16b, v1.16b, v4.16b\n\ttbl v2.8b, {v0.16b, v1.16b}, v3.8b")
T(104, "movi v4.16b, #0x4f\n\tand v3.16b, v1.16b, v4.16b\n\tmov v31.16b, v2.16b\n\ttbl v2.8b, {v31.16b, v0.16b, v1.16b}, v3.8b")
T(105, "movi v4.16b, #0x4f\n\tand v3.16b, v1.16b, v4.16b\n\tmov v31.16b, v1.16b\n\ttbl v2.8b, {v31.16b, v0.16b, v1.16b, v2.16b}, v3.8b")
T(106, "movi v4.16b, #0x4f\n\tand v3.16b, v1.16b, v4.16b\n\ttbl v2.16b, {v0.16b}, v3.16b")
T(107, "movi v4.16b, #0x4f\n\tand v3.16b, v1.16b, v4.16b\n\ttbl v2.16b, {v0.16b, v1.16b}, v3.16b")
T(108, "movi v4.16b, #0x4f\n\tand v3.16b, v1.16b, v4.16b\n\tmov v31.16b, v2.16b\n\ttbl v2.16b, {v31.16b, v0.16b, v1.16b}, v3.16b")
T(109, "movi v4.16b, #0x4f\n\tand v3.16b, v1.16b, v4.16b\n\tmov v31.16b, v1.16b\n\ttbl v2.16b, {v31.16b, v0.16b, v1.16b, v2.16b}, v3.16b")
T(110, "movi v4.16b, #0x4f\n\tand v3.16b, v1.16b, v4.16b\n\ttbx v2.8b, {v0.16b}, v3.8b")
T(111, "movi v4.16b, #0x4f\n\tand v3.16b, v1.16b, v4.16b\n\ttbx v2.8b, {v0.16b, v1.16b}, v3.8b")
T(112, "movi v4.16b, #0x4f\n\tand v3.16b, v1.16b, v4.16b\n\tmov v31.16b, v2.16b\n\ttbx v2.8b, {v31.16b, v0.16b, v1.16b}, v3.8b")
T(113, "movi v4.16b, #0x4f\n\tand v3.16b, v1.16b, v4.16b\n\tmov v31.16b, v1.16b\n\ttbx v2.8b, {v31.16b, v0.16b, v1.16b, v2.16b}, v3.8b")
T(114, "movi v4.16b, #0x4f\n\tand v3.16b, v1.16b, v4.16b\n\ttbx v2.16b, {v0.16b}, v3.16b")
T(115, "movi v4.16b, #0x4f\n\tand v3.16b, v1.16b, v4.16b\n\ttbx v2.16b, {v0.16b, v1.16b}, v3.16b")
T(116, "movi v4.16b, #0x4f\n\tand v3.16b, v1.16b, v4.16b\n\tmov v31.16b, v2.16b\n\ttbx v2.16b, {v31.16b, v0.16b, v1.16b}, v3.16b")
T(117, "movi v4.16b, #0x4f\n\tand v3.16b, v1.16b, v4.16b\n\tmov v31.16b, v1.16b\n\ttbx v2.16b, {v31.16b, v0.16b, v1.16b, v2.16b}, v3.16b")
T(118, "dup v2.8b, v0.b[7]")
T(119, "umov x9, v1.d[0]\n\tdup v2.8b, w9")
T(120, "dup v2.16b, v0.b[15]")
T(121, "umov x9, v1.d[0]\n\tdup v2.16b, w9")
T(122, "dup v2.4h, v0.h[6]")
T(123, "umov x9, v1.d[0]\n\tdup v2.4h, w9")
T(124, "dup v2.8h, v0.h[1]")
T(125, "umov x9, v1.d[0]\n\tdup v2.8h, w9")
T(126, "dup v2.2s, v0.s[3]")
T(127, "umov x9, v1.d[0]\n\tdup v2.2s, w9")
T(128, "dup v2.4s, v0.s[2]")
T(129, "umov x9, v1.d[0]\n\tdup v2.4s, w9")
T(130, "dup v2.2d, v0.d[1]")
T(131, "umov x9, v1.d[0]\n\tdup v2.2d, x9")
T(132, "dup b2, v0.b[9]")
T(133, "mov v2.b[9], v0.b[0]")
T(134, "umov x9, v1.d[1]\n\tmov v2.b[8], w9")
T(135, "umov w9, v0.b[9]\n\tmov v2.d[0], x9")
T(136, "dup h2, v0.h[5]")
T(137, "mov v2.h[5], v0.h[0]")
T(138, "umov x9, v1.d[1]\n\tmov v2.h[4], w9")
T(139, "umov w9, v0.h[5]\n\tmov v2.d[0], x9")
T(140, "dup s2, v0.s[3]")
T(141, "mov v2.s[3], v0.s[0]")
T(142, "umov x9, v1.d[1]\n\tmov v2.s[2], w9")
T(143, "umov w9, v0.s[3]\n\tmov v2.d[0], x9")
T(144, "dup d2, v0.d[1]")
T(145, "mov v2.d[1], v0.d[0]")
T(146, "umov x9, v1.d[1]\n\tmov v2.d[0], x9")
T(147, "umov x9, v0.d[1]\n\tmov v2.d[0], x9")
T(148, "smov w9, v0.b[9]\n\tmov v2.d[1], x9")
T(149, "smov w9, v0.h[5]\n\tmov v2.d[1], x9")
T(150, "smov x9, v0.b[15]\n\tmov v2.d[1], x9")
T(151, "smov x9, v0.h[7]\n\tmov v2.d[1], x9")
T(152, "smov x9, v0.s[1]\n\tmov v2.d[1], x9")
T(153, "movi v2.16b, #0x5a")
T(154, "movi v2.8b, #0xa5")
T(155, "movi v2.4s, #0x12, lsl #8")
T(156, "movi v2.2s, #0x12, lsl #24")
T(157, "mvni v2.8h, #0x34, lsl #8")
T(158, "mvni v2.4h, #0x34")
T(159, "movi v2.8h, #0x80")
T(160, "orr v2.4s, #0x12, lsl #16")
T(161, "orr v2.4h, #0x12, lsl #8")
T(162, "bic v2.8h, #0xff")
T(163, "bic v2.2s, #0x81, lsl #24")
T(164, "movi v2.2d, #0xff00ff0000ff00ff")
T(165, "movi d2, #0xff000000000000ff")
T(166, "movi v2.4s, #0x12, msl #8")
T(167, "mvni v2.2s, #0x12, msl #16")
T(168, "mvni v2.4s, #0xfe")
T(169, "mul v2.4h, v0.4h, v1.h[3]")
T(170, "mul v2.8h, v0.8h, v1.h[7]")
T(171, "mul v2.2s, v0.2s, v1.s[1]")
T(172, "mul v2.4s, v0.4s, v1.s[2]")
T(173, "mla v2.4h, v0.4h, v1.h[3]")
T(174, "mla v2.8h, v0.8h, v1.h[7]")
T(175, "mla v2.2s, v0.2s, v1.s[1]")
T(176, "mla v2.4s, v0.4s, v1.s[2]")
T(177, "mls v2.4h, v0.4h, v1.h[3]")
T(178, "mls v2.8h, v0.8h, v1.h[7]")
T(179, "mls v2.2s, v0.2s, v1.s[1]")
T(180, "mls v2.4s, v0.4s, v1.s[2]")
T(181, "sqdmulh v2.4h, v0.4h, v1.h[3]")
T(182, "sqdmulh v2.8h, v0.8h, v1.h[7]")
T(183, "sqdmulh v2.2s, v0.2s, v1.s[1]")
T(184, "sqdmulh v2.4s, v0.4s, v1.s[2]")
T(185, "sqrdmulh v2.4h, v0.4h, v1.h[3]")
T(186, "sqrdmulh v2.8h, v0.8h, v1.h[7]")
T(187, "sqrdmulh v2.2s, v0.2s, v1.s[1]")
T(188, "sqrdmulh v2.4s, v0.4s, v1.s[2]")
T(189, "smull v2.4s, v0.4h, v1.h[5]")
T(190, "smull2 v2.4s, v0.8h, v1.h[4]")
T(191, "smull v2.2d, v0.2s, v1.s[3]")
T(192, "smull2 v2.2d, v0.4s, v1.s[2]")
T(193, "umull v2.4s, v0.4h, v1.h[5]")
T(194, "umull2 v2.4s, v0.8h, v1.h[4]")
T(195, "umull v2.2d, v0.2s, v1.s[3]")
T(196, "umull2 v2.2d, v0.4s, v1.s[2]")
T(197, "smlal v2.4s, v0.4h, v1.h[5]")
T(198, "smlal2 v2.4s, v0.8h, v1.h[4]")
T(199, "smlal v2.2d, v0.2s, v1.s[3]")
T(200, "smlal2 v2.2d, v0.4s, v1.s[2]")
T(201, "umlal v2.4s, v0.4h, v1.h[5]")
T(202, "umlal2 v2.4s, v0.8h, v1.h[4]")
T(203, "umlal v2.2d, v0.2s, v1.s[3]")
T(204, "umlal2 v2.2d, v0.4s, v1.s[2]")
T(205, "smlsl v2.4s, v0.4h, v1.h[5]")
T(206, "smlsl2 v2.4s, v0.8h, v1.h[4]")
T(207, "smlsl v2.2d, v0.2s, v1.s[3]")
T(208, "smlsl2 v2.2d, v0.4s, v1.s[2]")
T(209, "umlsl v2.4s, v0.4h, v1.h[5]")
T(210, "umlsl2 v2.4s, v0.8h, v1.h[4]")
T(211, "umlsl v2.2d, v0.2s, v1.s[3]")
T(212, "umlsl2 v2.2d, v0.4s, v1.s[2]")
T(213, "sqdmull v2.4s, v0.4h, v1.h[5]")
T(214, "sqdmull2 v2.4s, v0.8h, v1.h[4]")
T(215, "sqdmull v2.2d, v0.2s, v1.s[3]")
T(216, "sqdmull2 v2.2d, v0.4s, v1.s[2]")
T(217, "sqdmlal v2.4s, v0.4h, v1.h[5]")
T(218, "sqdmlal2 v2.4s, v0.8h, v1.h[4]")
T(219, "sqdmlal v2.2d, v0.2s, v1.s[3]")
T(220, "sqdmlal2 v2.2d, v0.4s, v1.s[2]")
T(221, "sqdmlsl v2.4s, v0.4h, v1.h[5]")
T(222, "sqdmlsl2 v2.4s, v0.8h, v1.h[4]")
T(223, "sqdmlsl v2.2d, v0.2s, v1.s[3]")
T(224, "sqdmlsl2 v2.2d, v0.4s, v1.s[2]")
T(225, "sqdmulh h2, h0, v1.h[5]")
T(226, "sqrdmulh s2, s0, v1.s[3]")
T(227, "sqdmull s2, h0, v1.h[1]")
T(228, "sqdmlal d2, s0, v1.s[2]")
T(229, "sqdmlsl s2, h0, v1.h[7]")
static const SimdTest tests[] = {
    {"addv b2, v0.8b", f0},
    {"addv b2, v0.16b", f1},
    {"addv h2, v0.4h", f2},
    {"addv h2, v0.8h", f3},
    {"addv s2, v0.4s", f4},
    {"smaxv b2, v0.8b", f5},
    {"smaxv b2, v0.16b", f6},
    {"smaxv h2, v0.4h", f7},
    {"smaxv h2, v0.8h", f8},
    {"smaxv s2, v0.4s", f9},
    {"sminv b2, v0.8b", f10},
    {"sminv b2, v0.16b", f11},
    {"sminv h2, v0.4h", f12},
    {"sminv h2, v0.8h", f13},
    {"sminv s2, v0.4s", f14},
    {"umaxv b2, v0.8b", f15},
    {"umaxv b2, v0.16b", f16},
    {"umaxv h2, v0.4h", f17},
    {"umaxv h2, v0.8h", f18},
    {"umaxv s2, v0.4s", f19},
    {"uminv b2, v0.8b", f20},
    {"uminv b2, v0.16b", f21},
    {"uminv h2, v0.4h", f22},
    {"uminv h2, v0.8h", f23},
    {"uminv s2, v0.4s", f24},
    {"saddlv h2, v0.8b", f25},
    {"saddlv h2, v0.16b", f26},
    {"saddlv s2, v0.4h", f27},
    {"saddlv s2, v0.8h", f28},
    {"saddlv d2, v0.4s", f29},
    {"uaddlv h2, v0.8b", f30},
    {"uaddlv h2, v0.16b", f31},
    {"uaddlv s2, v0.4h", f32},
    {"uaddlv s2, v0.8h", f33},
    {"uaddlv d2, v0.4s", f34},
    {"addp d2, v0.2d", f35},
    {"zip1 v2.8b, v0.8b, v1.8b", f36},
    {"zip1 v2.16b, v0.16b, v1.16b", f37},
    {"zip1 v2.4h, v0.4h, v1.4h", f38},
    {"zip1 v2.8h, v0.8h, v1.8h", f39},
    {"zip1 v2.2s, v0.2s, v1.2s", f40},
    {"zip1 v2.4s, v0.4s, v1.4s", f41},
    {"zip1 v2.2d, v0.2d, v1.2d", f42},
    {"zip2 v2.8b, v0.8b, v1.8b", f43},
    {"zip2 v2.16b, v0.16b, v1.16b", f44},
    {"zip2 v2.4h, v0.4h, v1.4h", f45},
    {"zip2 v2.8h, v0.8h, v1.8h", f46},
    {"zip2 v2.2s, v0.2s, v1.2s", f47},
    {"zip2 v2.4s, v0.4s, v1.4s", f48},
    {"zip2 v2.2d, v0.2d, v1.2d", f49},
    {"uzp1 v2.8b, v0.8b, v1.8b", f50},
    {"uzp1 v2.16b, v0.16b, v1.16b", f51},
    {"uzp1 v2.4h, v0.4h, v1.4h", f52},
    {"uzp1 v2.8h, v0.8h, v1.8h", f53},
    {"uzp1 v2.2s, v0.2s, v1.2s", f54},
    {"uzp1 v2.4s, v0.4s, v1.4s", f55},
    {"uzp1 v2.2d, v0.2d, v1.2d", f56},
    {"uzp2 v2.8b, v0.8b, v1.8b", f57},
    {"uzp2 v2.16b, v0.16b, v1.16b", f58},
    {"uzp2 v2.4h, v0.4h, v1.4h", f59},
    {"uzp2 v2.8h, v0.8h, v1.8h", f60},
    {"uzp2 v2.2s, v0.2s, v1.2s", f61},
    {"uzp2 v2.4s, v0.4s, v1.4s", f62},
    {"uzp2 v2.2d, v0.2d, v1.2d", f63},
    {"trn1 v2.8b, v0.8b, v1.8b", f64},
    {"trn1 v2.16b, v0.16b, v1.16b", f65},
    {"trn1 v2.4h, v0.4h, v1.4h", f66},
    {"trn1 v2.8h, v0.8h, v1.8h", f67},
    {"trn1 v2.2s, v0.2s, v1.2s", f68},
    {"trn1 v2.4s, v0.4s, v1.4s", f69},
    {"trn1 v2.2d, v0.2d, v1.2d", f70},
    {"trn2 v2.8b, v0.8b, v1.8b", f71},
    {"trn2 v2.16b, v0.16b, v1.16b", f72},
    {"trn2 v2.4h, v0.4h, v1.4h", f73},
    {"trn2 v2.8h, v0.8h, v1.8h", f74},
    {"trn2 v2.2s, v0.2s, v1.2s", f75},
    {"trn2 v2.4s, v0.4s, v1.4s", f76},
    {"trn2 v2.2d, v0.2d, v1.2d", f77},
    {"ext v2.16b, v0.16b, v1.16b, #0", f78},
    {"ext v2.16b, v0.16b, v1.16b, #1", f79},
    {"ext v2.16b, v0.16b, v1.16b, #2", f80},
    {"ext v2.16b, v0.16b, v1.16b, #3", f81},
    {"ext v2.16b, v0.16b, v1.16b, #4", f82},
    {"ext v2.16b, v0.16b, v1.16b, #5", f83},
    {"ext v2.16b, v0.16b, v1.16b, #6", f84},
    {"ext v2.16b, v0.16b, v1.16b, #7", f85},
    {"ext v2.16b, v0.16b, v1.16b, #8", f86},
    {"ext v2.16b, v0.16b, v1.16b, #9", f87},
    {"ext v2.16b, v0.16b, v1.16b, #10", f88},
    {"ext v2.16b, v0.16b, v1.16b, #11", f89},
    {"ext v2.16b, v0.16b, v1.16b, #12", f90},
    {"ext v2.16b, v0.16b, v1.16b, #13", f91},
    {"ext v2.16b, v0.16b, v1.16b, #14", f92},
    {"ext v2.16b, v0.16b, v1.16b, #15", f93},
    {"ext v2.8b, v0.8b, v1.8b, #0", f94},
    {"ext v2.8b, v0.8b, v1.8b, #1", f95},
    {"ext v2.8b, v0.8b, v1.8b, #2", f96},
    {"ext v2.8b, v0.8b, v1.8b, #3", f97},
    {"ext v2.8b, v0.8b, v1.8b, #4", f98},
    {"ext v2.8b, v0.8b, v1.8b, #5", f99},
    {"ext v2.8b, v0.8b, v1.8b, #6", f100},
    {"ext v2.8b, v0.8b, v1.8b, #7", f101},
    {"movi v4.16b, #0x4f;and v3.16b, v1.16b, v4.16b;tbl v2.8b, {v0.16b}, v3.8b", f102},
    {"movi v4.16b, #0x4f;and v3.16b, v1.16b, v4.16b;tbl v2.8b, {v0.16b, v1.16b}, v3.8b", f103},
    {"movi v4.16b, #0x4f;and v3.16b, v1.16b, v4.16b;mov v31.16b, v2.16b;tbl v2.8b, {v31.16b, v0.16b, v1.16b}, v3.8b", f104},
    {"movi v4.16b, #0x4f;and v3.16b, v1.16b, v4.16b;mov v31.16b, v1.16b;tbl v2.8b, {v31.16b, v0.16b, v1.16b, v2.16b}, v3.8b", f105},
    {"movi v4.16b, #0x4f;and v3.16b, v1.16b, v4.16b;tbl v2.16b, {v0.16b}, v3.16b", f106},
    {"movi v4.16b, #0x4f;and v3.16b, v1.16b, v4.16b;tbl v2.16b, {v0.16b, v1.16b}, v3.16b", f107},
    {"movi v4.16b, #0x4f;and v3.16b, v1.16b, v4.16b;mov v31.16b, v2.16b;tbl v2.16b, {v31.16b, v0.16b, v1.16b}, v3.16b", f108},
    {"movi v4.16b, #0x4f;and v3.16b, v1.16b, v4.16b;mov v31.16b, v1.16b;tbl v2.16b, {v31.16b, v0.16b, v1.16b, v2.16b}, v3.16b", f109},
    {"movi v4.16b, #0x4f;and v3.16b, v1.16b, v4.16b;tbx v2.8b, {v0.16b}, v3.8b", f110},
    {"movi v4.16b, #0x4f;and v3.16b, v1.16b, v4.16b;tbx v2.8b, {v0.16b, v1.16b}, v3.8b", f111},
    {"movi v4.16b, #0x4f;and v3.16b, v1.16b, v4.16b;mov v31.16b, v2.16b;tbx v2.8b, {v31.16b, v0.16b, v1.16b}, v3.8b", f112},
    {"movi v4.16b, #0x4f;and v3.16b, v1.16b, v4.16b;mov v31.16b, v1.16b;tbx v2.8b, {v31.16b, v0.16b, v1.16b, v2.16b}, v3.8b", f113},
    {"movi v4.16b, #0x4f;and v3.16b, v1.16b, v4.16b;tbx v2.16b, {v0.16b}, v3.16b", f114},
    {"movi v4.16b, #0x4f;and v3.16b, v1.16b, v4.16b;tbx v2.16b, {v0.16b, v1.16b}, v3.16b", f115},
    {"movi v4.16b, #0x4f;and v3.16b, v1.16b, v4.16b;mov v31.16b, v2.16b;tbx v2.16b, {v31.16b, v0.16b, v1.16b}, v3.16b", f116},
    {"movi v4.16b, #0x4f;and v3.16b, v1.16b, v4.16b;mov v31.16b, v1.16b;tbx v2.16b, {v31.16b, v0.16b, v1.16b, v2.16b}, v3.16b", f117},
    {"dup v2.8b, v0.b[7]", f118},
    {"umov x9, v1.d[0];dup v2.8b, w9", f119},
    {"dup v2.16b, v0.b[15]", f120},
    {"umov x9, v1.d[0];dup v2.16b, w9", f121},
    {"dup v2.4h, v0.h[6]", f122},
    {"umov x9, v1.d[0];dup v2.4h, w9", f123},
    {"dup v2.8h, v0.h[1]", f124},
    {"umov x9, v1.d[0];dup v2.8h, w9", f125},
    {"dup v2.2s, v0.s[3]", f126},
    {"umov x9, v1.d[0];dup v2.2s, w9", f127},
    {"dup v2.4s, v0.s[2]", f128},
    {"umov x9, v1.d[0];dup v2.4s, w9", f129},
    {"dup v2.2d, v0.d[1]", f130},
    {"umov x9, v1.d[0];dup v2.2d, x9", f131},
    {"dup b2, v0.b[9]", f132},
    {"mov v2.b[9], v0.b[0]", f133},
    {"umov x9, v1.d[1];mov v2.b[8], w9", f134},
    {"umov w9, v0.b[9];mov v2.d[0], x9", f135},
    {"dup h2, v0.h[5]", f136},
    {"mov v2.h[5], v0.h[0]", f137},
    {"umov x9, v1.d[1];mov v2.h[4], w9", f138},
    {"umov w9, v0.h[5];mov v2.d[0], x9", f139},
    {"dup s2, v0.s[3]", f140},
    {"mov v2.s[3], v0.s[0]", f141},
    {"umov x9, v1.d[1];mov v2.s[2], w9", f142},
    {"umov w9, v0.s[3];mov v2.d[0], x9", f143},
    {"dup d2, v0.d[1]", f144},
    {"mov v2.d[1], v0.d[0]", f145},
    {"umov x9, v1.d[1];mov v2.d[0], x9", f146},
    {"umov x9, v0.d[1];mov v2.d[0], x9", f147},
    {"smov w9, v0.b[9];mov v2.d[1], x9", f148},
    {"smov w9, v0.h[5];mov v2.d[1], x9", f149},
    {"smov x9, v0.b[15];mov v2.d[1], x9", f150},
    {"smov x9, v0.h[7];mov v2.d[1], x9", f151},
    {"smov x9, v0.s[1];mov v2.d[1], x9", f152},
    {"movi v2.16b, #0x5a", f153},
    {"movi v2.8b, #0xa5", f154},
    {"movi v2.4s, #0x12, lsl #8", f155},
    {"movi v2.2s, #0x12, lsl #24", f156},
    {"mvni v2.8h, #0x34, lsl #8", f157},
    {"mvni v2.4h, #0x34", f158},
    {"movi v2.8h, #0x80", f159},
    {"orr v2.4s, #0x12, lsl #16", f160},
    {"orr v2.4h, #0x12, lsl #8", f161},
    {"bic v2.8h, #0xff", f162},
    {"bic v2.2s, #0x81, lsl #24", f163},
    {"movi v2.2d, #0xff00ff0000ff00ff", f164},
    {"movi d2, #0xff000000000000ff", f165},
    {"movi v2.4s, #0x12, msl #8", f166},
    {"mvni v2.2s, #0x12, msl #16", f167},
    {"mvni v2.4s, #0xfe", f168},
    {"mul v2.4h, v0.4h, v1.h[3]", f169},
    {"mul v2.8h, v0.8h, v1.h[7]", f170},
    {"mul v2.2s, v0.2s, v1.s[1]", f171},
    {"mul v2.4s, v0.4s, v1.s[2]", f172},
    {"mla v2.4h, v0.4h, v1.h[3]", f173},
    {"mla v2.8h, v0.8h, v1.h[7]", f174},
    {"mla v2.2s, v0.2s, v1.s[1]", f175},
    {"mla v2.4s, v0.4s, v1.s[2]", f176},
    {"mls v2.4h, v0.4h, v1.h[3]", f177},
    {"mls v2.8h, v0.8h, v1.h[7]", f178},
    {"mls v2.2s, v0.2s, v1.s[1]", f179},
    {"mls v2.4s, v0.4s, v1.s[2]", f180},
    {"sqdmulh v2.4h, v0.4h, v1.h[3]", f181},
    {"sqdmulh v2.8h, v0.8h, v1.h[7]", f182},
    {"sqdmulh v2.2s, v0.2s, v1.s[1]", f183},
    {"sqdmulh v2.4s, v0.4s, v1.s[2]", f184},
    {"sqrdmulh v2.4h, v0.4h, v1.h[3]", f185},
    {"sqrdmulh v2.8h, v0.8h, v1.h[7]", f186},
    {"sqrdmulh v2.2s, v0.2s, v1.s[1]", f187},
    {"sqrdmulh v2.4s, v0.4s, v1.s[2]", f188},
    {"smull v2.4s, v0.4h, v1.h[5]", f189},
    {"smull2 v2.4s, v0.8h, v1.h[4]", f190},
    {"smull v2.2d, v0.2s, v1.s[3]", f191},
    {"smull2 v2.2d, v0.4s, v1.s[2]", f192},
    {"umull v2.4s, v0.4h, v1.h[5]", f193},
    {"umull2 v2.4s, v0.8h, v1.h[4]", f194},
    {"umull v2.2d, v0.2s, v1.s[3]", f195},
    {"umull2 v2.2d, v0.4s, v1.s[2]", f196},
    {"smlal v2.4s, v0.4h, v1.h[5]", f197},
    {"smlal2 v2.4s, v0.8h, v1.h[4]", f198},
    {"smlal v2.2d, v0.2s, v1.s[3]", f199},
    {"smlal2 v2.2d, v0.4s, v1.s[2]", f200},
    {"umlal v2.4s, v0.4h, v1.h[5]", f201},
    {"umlal2 v2.4s, v0.8h, v1.h[4]", f202},
    {"umlal v2.2d, v0.2s, v1.s[3]", f203},
    {"umlal2 v2.2d, v0.4s, v1.s[2]", f204},
    {"smlsl v2.4s, v0.4h, v1.h[5]", f205},
    {"smlsl2 v2.4s, v0.8h, v1.h[4]", f206},
    {"smlsl v2.2d, v0.2s, v1.s[3]", f207},
    {"smlsl2 v2.2d, v0.4s, v1.s[2]", f208},
    {"umlsl v2.4s, v0.4h, v1.h[5]", f209},
    {"umlsl2 v2.4s, v0.8h, v1.h[4]", f210},
    {"umlsl v2.2d, v0.2s, v1.s[3]", f211},
    {"umlsl2 v2.2d, v0.4s, v1.s[2]", f212},
    {"sqdmull v2.4s, v0.4h, v1.h[5]", f213},
    {"sqdmull2 v2.4s, v0.8h, v1.h[4]", f214},
    {"sqdmull v2.2d, v0.2s, v1.s[3]", f215},
    {"sqdmull2 v2.2d, v0.4s, v1.s[2]", f216},
    {"sqdmlal v2.4s, v0.4h, v1.h[5]", f217},
    {"sqdmlal2 v2.4s, v0.8h, v1.h[4]", f218},
    {"sqdmlal v2.2d, v0.2s, v1.s[3]", f219},
    {"sqdmlal2 v2.2d, v0.4s, v1.s[2]", f220},
    {"sqdmlsl v2.4s, v0.4h, v1.h[5]", f221},
    {"sqdmlsl2 v2.4s, v0.8h, v1.h[4]", f222},
    {"sqdmlsl v2.2d, v0.2s, v1.s[3]", f223},
    {"sqdmlsl2 v2.2d, v0.4s, v1.s[2]", f224},
    {"sqdmulh h2, h0, v1.h[5]", f225},
    {"sqrdmulh s2, s0, v1.s[3]", f226},
    {"sqdmull s2, h0, v1.h[1]", f227},
    {"sqdmlal d2, s0, v1.s[2]", f228},
    {"sqdmlsl s2, h0, v1.h[7]", f229},
};

int main(void)
{
    run_table(pool, tests, sizeof(tests) / sizeof(tests[0]));
    return 0;
}
