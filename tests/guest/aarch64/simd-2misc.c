/* Generated: AdvSIMD integer instructions on fixed inputs; compares
 * against qemu-aarch64's output. v0 = n, v1 = m, v2 = d (in and out). */
#include "simd-table.h"

static const V128 pool[13] = {
    POOL_EDGES,
    {0x0ef2ea5669b1bd90ull, 0xa94721f3bb0d35efull},
    {0x258e6396a99894b2ull, 0x3d2b88eaa4abad68ull},
    {0x1613ca0e46be837dull, 0x859c23deb5a04f6aull},
    {0xf40ebecf3b13f236ull, 0x42dfcb42dd3934e3ull},
    {0xff028081ffff027eull, 0x008180018000feffull},
    {0x010f0c0b06070a02ull, 0x0f040a0d09020e00ull},
    {0x8000000080008000ull, 0x7fffffff7fff0001ull},
};
T(0, "rev64 v2.8b, v0.8b")
T(1, "rev64 v2.16b, v0.16b")
T(2, "rev64 v2.4h, v0.4h")
T(3, "rev64 v2.8h, v0.8h")
T(4, "rev64 v2.2s, v0.2s")
T(5, "rev64 v2.4s, v0.4s")
T(6, "rev32 v2.8b, v0.8b")
T(7, "rev32 v2.16b, v0.16b")
T(8, "rev32 v2.4h, v0.4h")
T(9, "rev32 v2.8h, v0.8h")
T(10, "rev16 v2.8b, v0.8b")
T(11, "rev16 v2.16b, v0.16b")
T(12, "saddlp v2.4h, v0.8b")
T(13, "saddlp v2.8h, v0.16b")
T(14, "saddlp v2.2s, v0.4h")
T(15, "saddlp v2.4s, v0.8h")
T(16, "saddlp v2.1d, v0.2s")
T(17, "saddlp v2.2d, v0.4s")
T(18, "uaddlp v2.4h, v0.8b")
T(19, "uaddlp v2.8h, v0.16b")
T(20, "uaddlp v2.2s, v0.4h")
T(21, "uaddlp v2.4s, v0.8h")
T(22, "uaddlp v2.1d, v0.2s")
T(23, "uaddlp v2.2d, v0.4s")
T(24, "sadalp v2.4h, v0.8b")
T(25, "sadalp v2.8h, v0.16b")
T(26, "sadalp v2.2s, v0.4h")
T(27, "sadalp v2.4s, v0.8h")
T(28, "sadalp v2.1d, v0.2s")
T(29, "sadalp v2.2d, v0.4s")
T(30, "uadalp v2.4h, v0.8b")
T(31, "uadalp v2.8h, v0.16b")
T(32, "uadalp v2.2s, v0.4h")
T(33, "uadalp v2.4s, v0.8h")
T(34, "uadalp v2.1d, v0.2s")
T(35, "uadalp v2.2d, v0.4s")
T(36, "suqadd v2.8b, v0.8b")
T(37, "suqadd v2.16b, v0.16b")
T(38, "suqadd v2.4h, v0.4h")
T(39, "suqadd v2.8h, v0.8h")
T(40, "suqadd v2.2s, v0.2s")
T(41, "suqadd v2.4s, v0.4s")
T(42, "suqadd v2.2d, v0.2d")
T(43, "usqadd v2.8b, v0.8b")
T(44, "usqadd v2.16b, v0.16b")
T(45, "usqadd v2.4h, v0.4h")
T(46, "usqadd v2.8h, v0.8h")
T(47, "usqadd v2.2s, v0.2s")
T(48, "usqadd v2.4s, v0.4s")
T(49, "usqadd v2.2d, v0.2d")
T(50, "sqabs v2.8b, v0.8b")
T(51, "sqabs v2.16b, v0.16b")
T(52, "sqabs v2.4h, v0.4h")
T(53, "sqabs v2.8h, v0.8h")
T(54, "sqabs v2.2s, v0.2s")
T(55, "sqabs v2.4s, v0.4s")
T(56, "sqabs v2.2d, v0.2d")
T(57, "sqneg v2.8b, v0.8b")
T(58, "sqneg v2.16b, v0.16b")
T(59, "sqneg v2.4h, v0.4h")
T(60, "sqneg v2.8h, v0.8h")
T(61, "sqneg v2.2s, v0.2s")
T(62, "sqneg v2.4s, v0.4s")
T(63, "sqneg v2.2d, v0.2d")
T(64, "abs v2.8b, v0.8b")
T(65, "abs v2.16b, v0.16b")
T(66, "abs v2.4h, v0.4h")
T(67, "abs v2.8h, v0.8h")
T(68, "abs v2.2s, v0.2s")
T(69, "abs v2.4s, v0.4s")
T(70, "abs v2.2d, v0.2d")
T(71, "neg v2.8b, v0.8b")
T(72, "neg v2.16b, v0.16b")
T(73, "neg v2.4h, v0.4h")
T(74, "neg v2.8h, v0.8h")
T(75, "neg v2.2s, v0.2s")
T(76, "neg v2.4s, v0.4s")
T(77, "neg v2.2d, v0.2d")
T(78, "cmeq v2.8b, v0.8b, #0")
T(79, "cmeq v2.16b, v0.16b, #0")
T(80, "cmeq v2.4h, v0.4h, #0")
T(81, "cmeq v2.8h, v0.8h, #0")
T(82, "cmeq v2.2s, v0.2s, #0")
T(83, "cmeq v2.4s, v0.4s, #0")
T(84, "cmeq v2.2d, v0.2d, #0")
T(85, "cmge v2.8b, v0.8b, #0")
T(86, "cmge v2.16b, v0.16b, #0")
T(87, "cmge v2.4h, v0.4h, #0")
T(88, "cmge v2.8h, v0.8h, #0")
T(89, "cmge v2.2s, v0.2s, #0")
T(90, "cmge v2.4s, v0.4s, #0")
T(91, "cmge v2.2d, v0.2d, #0")
T(92, "cmgt v2.8b, v0.8b, #0")
T(93, "cmgt v2.16b, v0.16b, #0")
T(94, "cmgt v2.4h, v0.4h, #0")
T(95, "cmgt v2.8h, v0.8h, #0")
T(96, "cmgt v2.2s, v0.2s, #0")
T(97, "cmgt v2.4s, v0.4s, #0")
T(98, "cmgt v2.2d, v0.2d, #0")
T(99, "cmle v2.8b, v0.8b, #0")
T(100, "cmle v2.16b, v0.16b, #0")
T(101, "cmle v2.4h, v0.4h, #0")
T(102, "cmle v2.8h, v0.8h, #0")
T(103, "cmle v2.2s, v0.2s, #0")
T(104, "cmle v2.4s, v0.4s, #0")
T(105, "cmle v2.2d, v0.2d, #0")
T(106, "cmlt v2.8b, v0.8b, #0")
T(107, "cmlt v2.16b, v0.16b, #0")
T(108, "cmlt v2.4h, v0.4h, #0")
T(109, "cmlt v2.8h, v0.8h, #0")
T(110, "cmlt v2.2s, v0.2s, #0")
T(111, "cmlt v2.4s, v0.4s, #0")
T(112, "cmlt v2.2d, v0.2d, #0")
T(113, "cls v2.8b, v0.8b")
T(114, "cls v2.16b, v0.16b")
T(115, "cls v2.4h, v0.4h")
T(116, "cls v2.8h, v0.8h")
T(117, "cls v2.2s, v0.2s")
T(118, "cls v2.4s, v0.4s")
T(119, "clz v2.8b, v0.8b")
T(120, "clz v2.16b, v0.16b")
T(121, "clz v2.4h, v0.4h")
T(122, "clz v2.8h, v0.8h")
T(123, "clz v2.2s, v0.2s")
T(124, "clz v2.4s, v0.4s")
T(125, "cnt v2.8b, v0.8b")
T(126, "cnt v2.16b, v0.16b")
T(127, "not v2.8b, v0.8b")
T(128, "not v2.16b, v0.16b")
T(129, "rbit v2.8b, v0.8b")
T(130, "rbit v2.16b, v0.16b")
T(131, "xtn v2.8b, v0.8h")
T(132, "xtn2 v2.16b, v0.8h")
T(133, "xtn v2.4h, v0.4s")
T(134, "xtn2 v2.8h, v0.4s")
T(135, "xtn v2.2s, v0.2d")
T(136, "xtn2 v2.4s, v0.2d")
T(137, "sqxtn v2.8b, v0.8h")
T(138, "sqxtn2 v2.16b, v0.8h")
T(139, "sqxtn v2.4h, v0.4s")
T(140, "sqxtn2 v2.8h, v0.4s")
T(141, "sqxtn v2.2s, v0.2d")
T(142, "sqxtn2 v2.4s, v0.2d")
T(143, "uqxtn v2.8b, v0.8h")
T(144, "uqxtn2 v2.16b, v0.8h")
T(145, "uqxtn v2.4h, v0.4s")
T(146, "uqxtn2 v2.8h, v0.4s")
T(147, "uqxtn v2.2s, v0.2d")
T(148, "uqxtn2 v2.4s, v0.2d")
T(149, "sqxtun v2.8b, v0.8h")
T(150, "sqxtun2 v2.16b, v0.8h")
T(151, "sqxtun v2.4h, v0.4s")
T(152, "sqxtun2 v2.8h, v0.4s")
T(153, "sqxtun v2.2s, v0.2d")
T(154, "sqxtun2 v2.4s, v0.2d")
T(155, "shll v2.8h, v0.8b, #8")
T(156, "shll2 v2.8h, v0.16b, #8")
T(157, "shll v2.4s, v0.4h, #16")
T(158, "shll2 v2.4s, v0.8h, #16")
T(159, "shll v2.2d, v0.2s, #32")
T(160, "shll2 v2.2d, v0.4s, #32")
T(161, "suqadd b2, b0")
T(162, "suqadd h2, h0")
T(163, "suqadd s2, s0")
T(164, "suqadd d2, d0")
T(165, "usqadd b2, b0")
T(166, "usqadd h2, h0")
T(167, "usqadd s2, s0")
T(168, "usqadd d2, d0")
T(169, "sqabs b2, b0")
T(170, "sqabs h2, h0")
T(171, "sqabs s2, s0")
T(172, "sqabs d2, d0")
T(173, "sqneg b2, b0")
T(174, "sqneg h2, h0")
T(175, "sqneg s2, s0")
T(176, "sqneg d2, d0")
T(177, "abs d2, d0")
T(178, "neg d2, d0")
T(179, "cmeq d2, d0, #0")
T(180, "cmge d2, d0, #0")
T(181, "cmgt d2, d0, #0")
T(182, "cmle d2, d0, #0")
T(183, "cmlt d2, d0, #0")
T(184, "sqxtn b2, h0")
T(185, "sqxtn h2, s0")
T(186, "sqxtn s2, d0")
T(187, "uqxtn b2, h0")
T(188, "uqxtn h2, s0")
T(189, "uqxtn s2, d0")
T(190, "sqxtun b2, h0")
T(191, "sqxtun h2, s0")
T(192, "sqxtun s2, d0")
static const SimdTest tests[] = {
    {"rev64 v2.8b, v0.8b", f0},
    {"rev64 v2.16b, v0.16b", f1},
    {"rev64 v2.4h, v0.4h", f2},
    {"rev64 v2.8h, v0.8h", f3},
    {"rev64 v2.2s, v0.2s", f4},
    {"rev64 v2.4s, v0.4s", f5},
    {"rev32 v2.8b, v0.8b", f6},
    {"rev32 v2.16b, v0.16b", f7},
    {"rev32 v2.4h, v0.4h", f8},
    {"rev32 v2.8h, v0.8h", f9},
    {"rev16 v2.8b, v0.8b", f10},
    {"rev16 v2.16b, v0.16b", f11},
    {"saddlp v2.4h, v0.8b", f12},
    {"saddlp v2.8h, v0.16b", f13},
    {"saddlp v2.2s, v0.4h", f14},
    {"saddlp v2.4s, v0.8h", f15},
    {"saddlp v2.1d, v0.2s", f16},
    {"saddlp v2.2d, v0.4s", f17},
    {"uaddlp v2.4h, v0.8b", f18},
    {"uaddlp v2.8h, v0.16b", f19},
    {"uaddlp v2.2s, v0.4h", f20},
    {"uaddlp v2.4s, v0.8h", f21},
    {"uaddlp v2.1d, v0.2s", f22},
    {"uaddlp v2.2d, v0.4s", f23},
    {"sadalp v2.4h, v0.8b", f24},
    {"sadalp v2.8h, v0.16b", f25},
    {"sadalp v2.2s, v0.4h", f26},
    {"sadalp v2.4s, v0.8h", f27},
    {"sadalp v2.1d, v0.2s", f28},
    {"sadalp v2.2d, v0.4s", f29},
    {"uadalp v2.4h, v0.8b", f30},
    {"uadalp v2.8h, v0.16b", f31},
    {"uadalp v2.2s, v0.4h", f32},
    {"uadalp v2.4s, v0.8h", f33},
    {"uadalp v2.1d, v0.2s", f34},
    {"uadalp v2.2d, v0.4s", f35},
    {"suqadd v2.8b, v0.8b", f36},
    {"suqadd v2.16b, v0.16b", f37},
    {"suqadd v2.4h, v0.4h", f38},
    {"suqadd v2.8h, v0.8h", f39},
    {"suqadd v2.2s, v0.2s", f40},
    {"suqadd v2.4s, v0.4s", f41},
    {"suqadd v2.2d, v0.2d", f42},
    {"usqadd v2.8b, v0.8b", f43},
    {"usqadd v2.16b, v0.16b", f44},
    {"usqadd v2.4h, v0.4h", f45},
    {"usqadd v2.8h, v0.8h", f46},
    {"usqadd v2.2s, v0.2s", f47},
    {"usqadd v2.4s, v0.4s", f48},
    {"usqadd v2.2d, v0.2d", f49},
    {"sqabs v2.8b, v0.8b", f50},
    {"sqabs v2.16b, v0.16b", f51},
    {"sqabs v2.4h, v0.4h", f52},
    {"sqabs v2.8h, v0.8h", f53},
    {"sqabs v2.2s, v0.2s", f54},
    {"sqabs v2.4s, v0.4s", f55},
    {"sqabs v2.2d, v0.2d", f56},
    {"sqneg v2.8b, v0.8b", f57},
    {"sqneg v2.16b, v0.16b", f58},
    {"sqneg v2.4h, v0.4h", f59},
    {"sqneg v2.8h, v0.8h", f60},
    {"sqneg v2.2s, v0.2s", f61},
    {"sqneg v2.4s, v0.4s", f62},
    {"sqneg v2.2d, v0.2d", f63},
    {"abs v2.8b, v0.8b", f64},
    {"abs v2.16b, v0.16b", f65},
    {"abs v2.4h, v0.4h", f66},
    {"abs v2.8h, v0.8h", f67},
    {"abs v2.2s, v0.2s", f68},
    {"abs v2.4s, v0.4s", f69},
    {"abs v2.2d, v0.2d", f70},
    {"neg v2.8b, v0.8b", f71},
    {"neg v2.16b, v0.16b", f72},
    {"neg v2.4h, v0.4h", f73},
    {"neg v2.8h, v0.8h", f74},
    {"neg v2.2s, v0.2s", f75},
    {"neg v2.4s, v0.4s", f76},
    {"neg v2.2d, v0.2d", f77},
    {"cmeq v2.8b, v0.8b, #0", f78},
    {"cmeq v2.16b, v0.16b, #0", f79},
    {"cmeq v2.4h, v0.4h, #0", f80},
    {"cmeq v2.8h, v0.8h, #0", f81},
    {"cmeq v2.2s, v0.2s, #0", f82},
    {"cmeq v2.4s, v0.4s, #0", f83},
    {"cmeq v2.2d, v0.2d, #0", f84},
    {"cmge v2.8b, v0.8b, #0", f85},
    {"cmge v2.16b, v0.16b, #0", f86},
    {"cmge v2.4h, v0.4h, #0", f87},
    {"cmge v2.8h, v0.8h, #0", f88},
    {"cmge v2.2s, v0.2s, #0", f89},
    {"cmge v2.4s, v0.4s, #0", f90},
    {"cmge v2.2d, v0.2d, #0", f91},
    {"cmgt v2.8b, v0.8b, #0", f92},
    {"cmgt v2.16b, v0.16b, #0", f93},
    {"cmgt v2.4h, v0.4h, #0", f94},
    {"cmgt v2.8h, v0.8h, #0", f95},
    {"cmgt v2.2s, v0.2s, #0", f96},
    {"cmgt v2.4s, v0.4s, #0", f97},
    {"cmgt v2.2d, v0.2d, #0", f98},
    {"cmle v2.8b, v0.8b, #0", f99},
    {"cmle v2.16b, v0.16b, #0", f100},
    {"cmle v2.4h, v0.4h, #0", f101},
    {"cmle v2.8h, v0.8h, #0", f102},
    {"cmle v2.2s, v0.2s, #0", f103},
    {"cmle v2.4s, v0.4s, #0", f104},
    {"cmle v2.2d, v0.2d, #0", f105},
    {"cmlt v2.8b, v0.8b, #0", f106},
    {"cmlt v2.16b, v0.16b, #0", f107},
    {"cmlt v2.4h, v0.4h, #0", f108},
    {"cmlt v2.8h, v0.8h, #0", f109},
    {"cmlt v2.2s, v0.2s, #0", f110},
    {"cmlt v2.4s, v0.4s, #0", f111},
    {"cmlt v2.2d, v0.2d, #0", f112},
    {"cls v2.8b, v0.8b", f113},
    {"cls v2.16b, v0.16b", f114},
    {"cls v2.4h, v0.4h", f115},
    {"cls v2.8h, v0.8h", f116},
    {"cls v2.2s, v0.2s", f117},
    {"cls v2.4s, v0.4s", f118},
    {"clz v2.8b, v0.8b", f119},
    {"clz v2.16b, v0.16b", f120},
    {"clz v2.4h, v0.4h", f121},
    {"clz v2.8h, v0.8h", f122},
    {"clz v2.2s, v0.2s", f123},
    {"clz v2.4s, v0.4s", f124},
    {"cnt v2.8b, v0.8b", f125},
    {"cnt v2.16b, v0.16b", f126},
    {"not v2.8b, v0.8b", f127},
    {"not v2.16b, v0.16b", f128},
    {"rbit v2.8b, v0.8b", f129},
    {"rbit v2.16b, v0.16b", f130},
    {"xtn v2.8b, v0.8h", f131},
    {"xtn2 v2.16b, v0.8h", f132},
    {"xtn v2.4h, v0.4s", f133},
    {"xtn2 v2.8h, v0.4s", f134},
    {"xtn v2.2s, v0.2d", f135},
    {"xtn2 v2.4s, v0.2d", f136},
    {"sqxtn v2.8b, v0.8h", f137},
    {"sqxtn2 v2.16b, v0.8h", f138},
    {"sqxtn v2.4h, v0.4s", f139},
    {"sqxtn2 v2.8h, v0.4s", f140},
    {"sqxtn v2.2s, v0.2d", f141},
    {"sqxtn2 v2.4s, v0.2d", f142},
    {"uqxtn v2.8b, v0.8h", f143},
    {"uqxtn2 v2.16b, v0.8h", f144},
    {"uqxtn v2.4h, v0.4s", f145},
    {"uqxtn2 v2.8h, v0.4s", f146},
    {"uqxtn v2.2s, v0.2d", f147},
    {"uqxtn2 v2.4s, v0.2d", f148},
    {"sqxtun v2.8b, v0.8h", f149},
    {"sqxtun2 v2.16b, v0.8h", f150},
    {"sqxtun v2.4h, v0.4s", f151},
    {"sqxtun2 v2.8h, v0.4s", f152},
    {"sqxtun v2.2s, v0.2d", f153},
    {"sqxtun2 v2.4s, v0.2d", f154},
    {"shll v2.8h, v0.8b, #8", f155},
    {"shll2 v2.8h, v0.16b, #8", f156},
    {"shll v2.4s, v0.4h, #16", f157},
    {"shll2 v2.4s, v0.8h, #16", f158},
    {"shll v2.2d, v0.2s, #32", f159},
    {"shll2 v2.2d, v0.4s, #32", f160},
    {"suqadd b2, b0", f161},
    {"suqadd h2, h0", f162},
    {"suqadd s2, s0", f163},
    {"suqadd d2, d0", f164},
    {"usqadd b2, b0", f165},
    {"usqadd h2, h0", f166},
    {"usqadd s2, s0", f167},
    {"usqadd d2, d0", f168},
    {"sqabs b2, b0", f169},
    {"sqabs h2, h0", f170},
    {"sqabs s2, s0", f171},
    {"sqabs d2, d0", f172},
    {"sqneg b2, b0", f173},
    {"sqneg h2, h0", f174},
    {"sqneg s2, s0", f175},
    {"sqneg d2, d0", f176},
    {"abs d2, d0", f177},
    {"neg d2, d0", f178},
    {"cmeq d2, d0, #0", f179},
    {"cmge d2, d0, #0", f180},
    {"cmgt d2, d0, #0", f181},
    {"cmle d2, d0, #0", f182},
    {"cmlt d2, d0, #0", f183},
    {"sqxtn b2, h0", f184},
    {"sqxtn h2, s0", f185},
    {"sqxtn s2, d0", f186},
    {"uqxtn b2, h0", f187},
    {"uqxtn h2, s0", f188},
    {"uqxtn s2, d0", f189},
    {"sqxtun b2, h0", f190},
    {"sqxtun h2, s0", f191},
    {"sqxtun s2, d0", f192},
};

int main(void)
{
    run_table(pool, tests, sizeof(tests) / sizeof(tests[0]));
    return 0;
}
