# %-formatting of literal text around the conversions: '%' at the start and
# the end, '%%', long runs, each string width, and bytes.
for fmt in ("%d", "x%d", "%dx", "%%", "a%%b%s", "caf\u00e9 %s cr\u00e8me %d%%", "\u20ac%s\u20ac%s",
            "\U0001f600 %r %s", "no conversions at all, only text " * 3 + "%s", "%s" * 5 + "tail"):
    n = fmt.count("%") - 2 * fmt.count("%%")
    args = tuple(range(n)) if n != 1 else 7
    try:
        print(repr(fmt % args))
    except TypeError as e:
        print("TypeError", e)
for bfmt in (b"%d", b"x%db", b"%%%d%%", b"caf\xe9 %s", b"long text " * 4 + b"%s"):
    print(bfmt % ((5,) if bfmt.count(b"%") - 2 * bfmt.count(b"%%") == 1 else ()))
for bad in ("100%", "a % b", "%(k)s and %", "%z"):
    try:
        print(bad % {"k": 1} if "(k)" in bad else bad % ())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
