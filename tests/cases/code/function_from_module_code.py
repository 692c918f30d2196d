# A module's code object made into a function runs with its globals as its
# locals, as CPython runs it.
import types

def module_like():
    pass

ns = {'__builtins__': __builtins__, 'seed': 5}
code = compile("x = seed * 2\nprint('x is', x)\ndef g(): return x + 1\nprint(g())\n", "<m>", "exec")
f = types.FunctionType(code, ns)
print(f())
print(sorted(k for k in ns if k != '__builtins__'))
try:
    f(1)
except TypeError as e:
    print('TypeError:', e)
