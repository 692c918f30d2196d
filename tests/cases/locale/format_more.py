# format_string and friends on more specifications.
import locale

for f, v in [("%5.1f%%", 99.44), ("%-8s|", "ab"), ("%+d", 5), ("%#x", 255), ("%(x)s-%(x)s", {"x": 1}),
             ("%s %s", ("a", "b")), ("%%", ()), ("", ()), ("%.0e", 12345), ("%c", "z"), ("%5%", ()),
             ("%(a)", {"a": 1}), ("%(a", {"a": 1}), ("%ld %hd %Lf", (1, 2, 3.5))]:
    for grouping in (False, True):
        try:
            print(repr(f), repr(v), grouping, repr(locale.format_string(f, v, grouping)))
        except Exception as e:
            print(repr(f), repr(v), grouping, "!", type(e).__name__, e)
print(locale.str(2.5), locale.str(-1e-10), locale.atof("  -1.5e3 "), locale.atoi("-007"))
print(locale.localize("1234567.5", grouping=True, monetary=True), locale.delocalize("-1.5"))
