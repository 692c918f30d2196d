# Constant expressions compile() folds (or leaves to run time when the result
# would be large or the operation raises): co_consts and the bytes.
srcs = ['x = 1/2', 'x = 128*1024', 'x = 2**100', 'x = 2**-1', 'x = 0**-1', 'x = "ab"*3', 'x = "a"*5000', 'x = (1,2)*200', 'x = 1 << 200', 'x = 1 << 100', 'x = -1 * 2', 'x = 1 + 2 + 3', 'x = (1+2, 3)', 'x = "%s" % "a"', 'x = 3 % 2', 'x = 1/0', 'x = 2.5 * 2', 'x = b"a" + b"b"', 'x = (1,) + (2,)', 'x = 7 // 2 - 1', 'x = 1j * 2', 'x = True + 1', 'x = 10**30', 'x = [1, 2] * 2', 'x = 3 - 5',
        'def f(x):\n    return x * (60 * 60)', 'x = -5', 'x = (-1, 2.5, "s")']
for s in srcs:
    co = compile(s, 'x', 'exec')
    consts = [c.co_consts if hasattr(c, 'co_code') else c for c in co.co_consts]
    print(repr(s), consts, co.co_code.hex())
