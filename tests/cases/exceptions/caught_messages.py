# Messages of common built-in exceptions, caught and printed.
nothing = None
five = 5
cases = [
    lambda: 1 + "a",
    lambda: "a" - 1,
    lambda: [1] * "x",
    lambda: None + 1,
    lambda: -"s",
    lambda: ~1.5,
    lambda: len(None),
    lambda: (1, 2)[5],
    lambda: "abc"[10],
    lambda: {}[(1, 2)],
    lambda: int("1.5"),
    lambda: [].pop(3),
    lambda: 1 < "a",
    lambda: abs("x"),
    lambda: nothing(),
    lambda: five[0],
    lambda: "x".nope,
    lambda: (1).real.foo,
]
for fn in cases:
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
