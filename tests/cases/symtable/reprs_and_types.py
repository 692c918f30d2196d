# The reprs of tables and symbols, Symbol objects made directly, and the
# SymbolTableType enumeration and module constants.
import symtable

print(list(symtable.SymbolTableType))
print([str(t) for t in symtable.SymbolTableType])
print(symtable.SymbolTableType("type alias"), symtable.SymbolTableType.TYPE_VARIABLE.value)
print(isinstance(symtable.SymbolTableType.MODULE, str), symtable.SymbolTableType.CLASS == "class")
print(sorted(symtable.__all__))
for name in ("USE", "DEF_GLOBAL", "DEF_NONLOCAL", "DEF_LOCAL", "DEF_PARAM", "DEF_TYPE_PARAM",
             "DEF_FREE_CLASS", "DEF_IMPORT", "DEF_BOUND", "DEF_ANNOT", "DEF_COMP_ITER",
             "DEF_COMP_CELL", "SCOPE_OFF", "SCOPE_MASK", "FREE", "LOCAL", "GLOBAL_IMPLICIT",
             "GLOBAL_EXPLICIT", "CELL"):
    print(name, getattr(symtable, name))
S = symtable.Symbol
print(S("a", 0))
print(S("b", symtable.DEF_LOCAL | symtable.USE | symtable.LOCAL << symtable.SCOPE_OFF))
print(S("c", symtable.DEF_PARAM | symtable.DEF_ANNOT | symtable.CELL << symtable.SCOPE_OFF))
print(S("d", symtable.DEF_BOUND | symtable.GLOBAL_EXPLICIT << symtable.SCOPE_OFF))
print(S("e", 9 << symtable.SCOPE_OFF | symtable.DEF_COMP_CELL | symtable.DEF_FREE_CLASS))
s = S("f", symtable.DEF_LOCAL, module_scope=True)
print(s, s.is_global(), s.is_local(), s.is_namespace(), s.get_namespaces())
s = S("g", symtable.DEF_LOCAL)
print(s.is_global(), s.is_local())
s = S("h", 0, ["ns1", "ns2"])
print(s.get_namespaces(), s.is_namespace())
try:
    s.get_namespace()
except ValueError as e:
    print("ValueError:", e)
print(S("i", 0, ["only"]).get_namespace())
try:
    S("j", 0, None, True)
except TypeError as e:
    print("TypeError:", e)
top = symtable.symtable("def f(): pass\nclass C: pass\nx = [y for y in z]", "r.py", "exec")
print(top, top.get_children())
print([repr(s) for s in top.get_symbols()])
