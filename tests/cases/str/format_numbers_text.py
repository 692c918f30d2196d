# Number formatting through format(), f-strings, str.format and %: floats at
# fixed precisions (exact ties, carries into a new digit, tiny and huge
# magnitudes), ints in every base (small and big), fills of every kind, and
# literal text of every kind around the fields.
values = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 9.995, 9.9996, 99.5, 123.456, 1e-5, 1.25e-7,
          5e-324, 2.2250738585072014e-308, 1e15, 1e16, 1e22, 1e23, 123456789012345678.0, 2.0 ** 70,
          1.7976931348623157e308, 0.1, 0.7, 1 / 3, 2 / 3, 12345.6789, float("inf"), float("-inf"),
          float("nan")]
for v in values:
    print(repr(v))
    for spec in ["f", ".0f", ".1f", ".2f", ".3f", ".10f", ".17f", ".25f", "e", ".0e", ".1e", ".3e", ".12e", ".20e",
                 ".40e", "g", ".1g", ".3g", ".12g", ".17g", "#.0f", "#.0e", "#.3g", "%", ".1%", "E", "F", "G",
                 "+.2f", " .3e", "z.1f", "012.3f", "<12.2e", "^14.3g", "*>12.1f", ",.2f", "_.3f", ".3_f",
                 "\xe9^15.2f", "\u0394<13.1e", "\U0001F600>12.0f"]:
        print(" ", spec, format(v, spec))
    print(" ", "%f %.0f %.3f %e %.2e %g %.3g %E %G %#.0f %+.1f % .2e %10.3f %-10.2f| %010.2f %*.*f" % (
        v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, 8, 2, v))

for v in [0, 1, -1, 7, 255, -255, 4095, 65535, 10 ** 6, -10 ** 6, 2 ** 62 - 1, -(2 ** 62), 2 ** 62, 2 ** 64 + 1,
          -(2 ** 100) - 7, 10 ** 30]:
    print(v, [format(v, f) for f in ["d", "5d", "05d", "+d", " d", "<6d", "^7d", "=8d", ",d", "_d", "x", "X", "#x",
                                      "#X", "o", "#o", "b", "#b", "_b", "_x", "#010x", "\xe9>10d", "\u0394^9x",
                                      "\U0001F600<8o", "e", ".2f", "%", "g"]])
    print("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%#X|%o|%#o|%.3d|%8.4x|%-#8o|%i|%u" % ((v,) * 17))
    print(f"{v:5d}|{v:x}|{v:>6}|{v:03d}", "{0}-{1:03d}-{2!r}".format(v, v % 1000, "s"), "%d:%s" % (v, "ab"))

print("%c%c%c" % (65, "\xe9", 0x1F600), "%5c|%-3c|" % ("x", 0x394), "%s %r %a" % ("\xe9", "\u0394", "\U0001F600"))
print("%.2s|%5.1s|%-4s|%s" % ("\u0394\u0395x", "\U0001F600ab", "\xe9", "plain"), "%%|" % ())
print("caf\xe9 %d \u0394 %s \U0001F600 %.1f" % (1, "x", 2.25), "\u0394{}\xe9{:>4}\U0001F600{{}}".format(1, "ab"))
print("{:\xe9^9}|{:\u0394<5}|{:\U0001F600>4}|{:*^3}".format("ab", "c", 7, "\U0001F601"))
print(f"{'x' * 150:>{160}}|{'\u0394' * 130}|{3.5:\U0001F600^200.2f}"[-30:])
print(f"{1.5!r:>8}|{'a'!r:^7}|{2 ** 80:,}|{-2 ** 80:_x}|{12345678:,}|{0.000123:.2e}|{1e300:.3f}"[:120])
for bad in [lambda: "%d" % "x", lambda: "%x" % 1.5, lambda: "%f" % "x", lambda: "%c" % 0x110000, lambda: "%.3z" % 1,
            lambda: format(1.5, "d"), lambda: format(3, ".2d"), lambda: "%(a)s" % 1, lambda: "%s %s" % (1,)]:
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

# every digit pair, in every base, through format() and %
ints = list(range(-1100, 1100)) + [10 ** k + d for k in range(2, 19) for d in (-1, 0, 1)] + [-(10 ** 18), 2 ** 62 - 1]
print(sum(len(format(v, "d")) + len("%d" % v) for v in ints), ",".join(format(v, "d") for v in ints[::37]))
print(",".join(f"{v:x}|{v:o}|{v:b}|{v:X}|{v:07d}" for v in ints[::53]))
print(",".join("%.3f|%.2e|%g" % (v / 7, v * 1.5, v / 3) for v in ints[::61]))
