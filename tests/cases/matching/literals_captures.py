def describe(v):
    match v:
        case 0:
            return "zero"
        case -1 | 1:
            return "unit"
        case True:
            return "true"
        case None:
            return "none"
        case "hello":
            return "greeting"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary"
        case str() as s if len(s) > 3:
            return f"long str {s!r}"
        case int(n) if n > 100:
            return f"big {n}"
        case other:
            return f"other {other!r}"
for v in [0, 1, -1, True, None, "hello", 1.5, 2j, "abcdef", "ab", 500, 7, [1]]:
    print(repr(v), "->", describe(v))
