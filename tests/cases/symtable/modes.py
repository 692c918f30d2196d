# lib: symdump
# The three compile modes, bytes source, and other file names.
from symdump import dump
import symtable

dump("a + b * len(c)", "eval")
dump("x = 1; print(x)", "single")
dump("lambda q: q + r", "eval")
t = symtable.symtable(b"y = 2\nz = y\n", "bytes.py", "exec")
print(t, sorted(t.get_identifiers()))
t = symtable.symtable("# coding: latin-1\nv = 'caf\xe9'\n", "coded.py", "exec")
print(t, list(t.get_identifiers()))
for mode in ("eval", "single"):
    try:
        symtable.symtable("x = ", "<m>", mode)
    except SyntaxError as e:
        print(mode, "SyntaxError", e.msg)
try:
    symtable.symtable("def f(): pass", "<m>", "eval")
except SyntaxError as e:
    print("eval of a statement: SyntaxError", e.msg)
print(symtable.symtable("", "", "exec"), list(symtable.symtable("", "", "exec").get_identifiers()))
