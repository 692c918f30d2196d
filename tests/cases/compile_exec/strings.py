# f-strings and t-strings (PEP 750 templates) compiled by compile(): values,
# conversions, nested format specs, '=' debugging, concatenation.
# cwd: tmp
# lib: progrun
from progrun import run

run('''\
b = 'B'; w = 5; d = 3.5
print(f"{b!r:>{w}}|{d=}|{d = :.2f}|{w!s:^{w + 2}}|{'q'!a}|{{}}")
print(f"{'nested ' + f'{1 + 1}'}", f'{b}' f"{d}" 'plain', f"{[1, 2][0]:03d}")
print(f"{w:{'>' if w else '<'}{w}}", f"{3.14159:.{w - 2}f}", f"{b!r}"[0])
''')
run('''\
b = 'B'; w = 5; d = 3.5
x = t"a{b!r:>{w}} c {d=}"
print(type(x).__name__, x.strings)
print([(i.value, i.expression, i.conversion, i.format_spec) for i in x.interpolations])
print(t"".strings, t"{b}".strings, t"{b}{d}".strings, (t"x" t"{b}y").strings)
print(list(t"pre {b:^{w}} mid {d!s} post"))
''')
run('''\
print(f"{1 / 0}")
''')
run('''\
value = None
print(f"{value.missing}")
''')
run("""\
x, y = 'X', [1]
class O:
    def __str__(self): return 'O!'
    def __repr__(self): return 'R!'
o = O()
print("a%sb%rc" % (x, y), "%5s|%-5s|%.1s|%5.2r" % (x, x, 'abc', o), "%s %%" % (o,), "%a" % ('é',))
print("%s" % (), "x" % (), "%%" % (), "%s-%s" % (1, 2), "%d" % (5,), "%s" % ('t',))
print("%-s|" % (x,), "%s" % (x, ) + "!", "%(k)s" % {'k': 1})
try_ = "%s %s" % (1,) if False else None
"%s %s" % (1,)
""")

run("""\
class Bad:
    def __str__(self): raise ValueError('str failed')
b = Bad()
msg = ("value: %s end" %
       (b,))
""")

