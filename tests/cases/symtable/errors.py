# Bad arguments and programs the symbol table rejects.
import symtable

for args in [(5, "f", "exec"), (None, "f", "exec"), ("x", "f", "bad"), ("x", "f", "EXEC"),
             (bytearray(b"x"), "f", "exec")]:
    try:
        symtable.symtable(*args)
        print("ok", args)
    except Exception as e:
        print(type(e).__name__, e)
for src in ["def f(a b):", "nonlocal x", "def f(a, a): pass", "def f(a):\n global a",
            "def f():\n x = 1\n global x", "def f():\n print(x)\n nonlocal x",
            "def f():\n nonlocal x", "x = 1\0", "class C:\n [(y := 1) for q in ()]",
            "def f():\n [i := 0 for i in ()]", "def f(): from m import *",
            "def f[T, T](): pass", "lambda: (yield)",
            "def f(): (yield) for x in y", "f(**{}, *[])"]:
    try:
        symtable.symtable(src, "bad.py", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, e.msg, e.lineno, e.filename)
try:
    symtable.symtable()
except TypeError as e:
    print("TypeError", e)
