"""Writes src/modules/cmath_special.h: what CPython's cmath functions return
for arguments with an infinite or NaN part, one 7x7 table per function,
measured by calling CPython 3.14's cmath (run it with tools/python3.14).

The classes of a part are -inf, negative, -0.0, +0.0, positive, +inf, NaN.
An entry is the result's two parts and whether CPython raises ValueError
instead; combinations of two finite parts are computed, not looked up."""
import cmath
import math
import sys

CLASSES = [-math.inf, -2.5, -0.0, 0.0, 2.5, math.inf, math.nan]
NAMES = ["acos", "acosh", "asinh", "atanh", "cosh", "exp", "log", "sinh", "sqrt", "tanh", "rect"]


def literal(v):
    if math.isnan(v):
        return "-NAN" if math.copysign(1.0, v) < 0 else "NAN"
    if math.isinf(v):
        return "INFINITY" if v > 0 else "-INFINITY"
    return v.hex()


def entry(name, re, im):
    fn = getattr(cmath, name)
    try:
        z = fn(re, im) if name == "rect" else fn(complex(re, im))
        return "{%s, %s, 0}" % (literal(z.real), literal(z.imag))
    except ValueError:
        return "{NAN, NAN, 1}"


def main(out):
    lines = [
        "/* What cmath's functions give for an argument with an infinite or NaN",
        " * part: [class of the real part][class of the imaginary part], classes",
        " * ordered -inf, negative, -0.0, +0.0, positive, +inf, NaN; raises is 1 where",
        " * the result is a ValueError.  Written by tools/gen_cmath_special.py from",
        " * CPython 3.14's results; do not edit. */",
        "#ifndef CIPY_CMATH_SPECIAL_H",
        "#define CIPY_CMATH_SPECIAL_H",
        "#include <math.h>",
        "",
        "typedef struct { double re, im; int raises; } CmathSpecial;",
        "",
    ]
    for name in NAMES:
        lines.append("static const CmathSpecial cmath_special_%s[7][7] = {" % name)
        for re in CLASSES:
            row = []
            for im in CLASSES:
                if math.isfinite(re) and math.isfinite(im):
                    row.append("{0, 0, 0}")
                else:
                    row.append(entry(name, re, im))
            lines.append("    {" + ", ".join(row) + "},")
        lines.append("};")
        lines.append("")
    lines.append("#endif")
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "src/modules/cmath_special.h")
