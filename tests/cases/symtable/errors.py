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
# await and async statements out of place, with their positions
for src in ["x = 1\nawait x", "class C:\n  y = await z", "[await x for y in z]",
            "(await x for y in z)", "async for a in b: pass", "lambda: await x",
            "def f(): await x", "f(await x)", "async def f():\n class C:\n  v = await w",
            "async def f(): return [await x for y in z], {k async for k in z}",
            "def f(): return [x async for x in z]", "def f(): return (x async for x in z)",
            "[x for x in await y]", "async def f():\n async with a as b:\n  pass",
            "def g():\n with a:\n  async with b: pass",
            "def f(a=await b): pass", "async def f(): return lambda: await x"]:
    try:
        symtable.symtable(src, "async.py", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
