# Parsing expressions: node classes, fields and positions, as compile() with
# PyCF_ONLY_AST gives them.
# lib: parseshow
from parseshow import dump, show


for src in [
    'x', '1', '1.5', '1_000', '0x_ff', '0o17', '0b1_0', '1e-3', '3j', '.5', '1.', '10E+2J',
    'None', 'True', 'False', '...',
    'a.b.c', 'a[1]', 'a[1:2]', 'a[::3]', 'a[1:2, ::3]', 'a[*b]', 'a[1,]', 'a[:, None]',
    'f()', 'f(x)', 'f(x, *y, z=1, **w)', 'f(x for x in y)', 'f(a)(b)[c].d',
    '(a) + b', '(a).b', '((a))', '(a, b)', '()', '(a,)', '[a, *b]', '[]', '{}', '{1, 2}',
    '{**a, "b": 1}', '{a: b for a, b in c}', '{x for x in y}', '[x for x in y if x if z]',
    '[x async for x in y]', '(x for y in z for x in y)',
    'lambda: 0', 'lambda a, *b, c=1, **d: a', 'lambda a, /, b: 0', 'lambda *, a: 0',
    'x if y else z', 'a if b else c if d else e',
    'not a and b or c', 'a or b or c', 'a and (b or c)',
    'a < b <= c is not d not in e in f is g == h != i > j >= k',
    '-x ** -y', '~a + +b', 'a * b / c // d % e @ f', 'a << b >> c & d ^ e | f',
    '2 ** 3 ** 4', 'await x', '(yield)', '(yield x)', '(yield from x)', '(a := 10)',
    '"a" "b" \'c\'', 'b"a\\x00" rb"\\d"', 'u"x"', '"\\n\\t\\\\\\x41\\101\\u00e9\\N{EM DASH}"',
    '"""a\nb"""', "'''x'''", 'r"\\n"', 'R"x" "y"',
    'f"ab{x!r:>{w}} c{y=}"', 'f"{x}"', 'f"{{x}}"', 'f"a{{b"', 'f"{x:{{y}}}"',
    'f"{x=!r:>3}"', 'f"{x=:>3}"', 'f"{x = }"', 'f"{x:}"', 'f"{\'a\'}" f"{{x}}"',
    'f"{"nested" + f"{x}"}"', 'f"""a\n{x\n+1}\nb"""', 'f"{x!s}{y!a}"', 'rf"\\d{x}"',
    '"a" f"b{x}" "c"', 't"a{x}b"', 't"{x=}"', 't"{ x + 1 = !r:>{w}}"',
    'f"\\N{EM DASH}{x}"', 'f"{x:{y}.{z}f}"',
    '"é" + x', 'é + ü', 'f"é{x}"',
    'x,', '*a, b', 'a, *b',
]:
    show(src)
