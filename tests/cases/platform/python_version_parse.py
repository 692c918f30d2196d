# python_version(), python_build() and python_compiler() read sys.version:
# "<version> (<build>[, <date>[, <time>]]) [<compiler>]"; a version with
# one dot gains ".0"; a sys.version of another shape is an error.
import platform
import sys

real = sys.version
for text in ["3.15.0a1 (tags/x, Jan 1 2030, 00:00:00) [Clang 20]", "3.15 (main, Jan 1 2030, 00:00:00) [GCC]",
             "3.14.0+ (heads/main:abc, Jan 1 2030) [MSC v.1900 64 bit (AMD64)]",
             "3.14.10 (main, Oct 26 2026, 15:12:11)\n[GCC 16.2.0]", "3.14.10 (main) [GCC]",
             "3.14.10 (main, Oct 26 2026, 15:12:11) [GCC 16.2.0] extra", "3 (b, d) [c]", "3.14.1.5 (b, d) [c]",
             "3.14 (a, ) [x]", "3.14 (a,b) [x]", "3.14 (a b, c) [x]", "3.14  (a, b)  [x]", "3.14(a, b)[x]",
             "3.14 (a, b, c) [x]", "3.14 (a,  b,  c) [x]", "3.14 (a, b c, d e) [x]", "3.14 (a:b, c) [x]",
             "3.14rc1 (a, b) [x y\nz]", "3.14.x (a, b) [x]", "3.14_1 (a, b) [x]", "x3.14 (a, b) [x]",
             "3.14 (a, b) [[x]]", "3.14 (a, b) [x]]", "3.14\t(a, b)\t[x]", "3.14 (a , b) [x]", "3.14 ( a, b) [x]",
             "3.14 (a, b, ) [x]", "3.14 (a, , c) [x]", "3.14 (a)[x]", "3.14 (a,) [x]", "3.14 (a,, ) [x]",
             "3.14 (a,\nb) [x]", "3.14 (a, b) [ ]", "3.14. (a) [x]", ".. (a) [x]",
             # not understood
             "3.14.10 (, ) []", "3.14.10 (a, b, c, d) [x]", "garbage", "3.14 (, b) [x]", "3.14 (a, b) []",
             "3.14 [x]", "3.14 (a, b)", " 3.14 (a, b) [x]", "3-14 (a, b) [x]", "3.14 (a, (b)) [x]",
             "3.\xe9 (a) [x]", ""]:
    sys.version = text
    try:
        print(repr(text), platform.python_version(), platform.python_version_tuple(),
              platform.python_build(), repr(platform.python_compiler()))
    except ValueError as e:
        print(repr(text), "ValueError", e)
sys.version = real
print(platform.python_version() == "%d.%d.%d" % sys.version_info[:3])
