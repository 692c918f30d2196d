# compile(..., 'single'): expression statements go through sys.displayhook
# (which sets builtins._), blocks of several lines, a lost displayhook.
import builtins
import sys

g = {}
for src in ['1+1', 'x = 5', 'x', 'for i in range(2):\n    i\n', 'if 1:\n    2\n    3\n',
            '"a"', 'None', 'def f():\n    return 1\n\n', 'f()', '1;2', 'import sys; sys.maxsize > 0',
            'class C:\n    def __repr__(self): return "<C>"\n', 'C()',
            'try:\n    1/0\nexcept ZeroDivisionError:\n    "caught"\n',
            'with open("/dev/null") as fh:\n    fh.closed\n',
            'match 3:\n    case 3:\n        "three"\n']:
    try:
        code = compile(src, '<input>', 'single')
        exec(code, g)
    except SyntaxError as e:
        print('SyntaxError', e.msg)
print('_ is', builtins._)

seen = []
sys.displayhook = seen.append
exec(compile('40 + 2', '<input>', 'single'), g)
exec(compile('for i in "ab": i\n', '<input>', 'single'), g)
sys.displayhook = sys.__displayhook__
print(seen)

del sys.displayhook
try:
    exec(compile('7', '<input>', 'single'), g)
except RuntimeError as e:
    print('RuntimeError', e)
sys.displayhook = sys.__displayhook__

def hook(v):
    raise ValueError('hook failed on %r' % (v,))
sys.displayhook = hook
try:
    exec(compile('8', '<input>', 'single'), g)
except ValueError as e:
    print(e)
sys.displayhook = sys.__displayhook__
print(eval(compile('1 + 2', '<input>', 'eval')))

# annotations typed at the interactive prompt
g = {}
exec(compile("x: int = 1", "<i>", "single"), g)
print(sorted(k for k in g if k != "__builtins__"), g['__annotate__'](1))
exec(compile("if 1:\n    y: str\n    z: undefined = 2\n", "<i>", "single"), g)
try:
    g['__annotate__'](1)
except NameError as e:
    print(e)
