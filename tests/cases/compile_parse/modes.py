# Parsing in the modes 'single' and 'func_type', with type comments
# (PyCF_TYPE_COMMENTS) and top-level await, from bytes in their declared
# encodings, and the SyntaxWarnings of literals.
import warnings


def dump(node):
    if isinstance(node, list):
        return '[' + ', '.join(dump(x) for x in node) + ']'
    if not hasattr(node, '_fields'):
        return repr(node)
    parts = ['%s=%s' % (f, dump(getattr(node, f, None))) for f in node._fields]
    if hasattr(node, 'lineno') and 'lineno' in node._attributes:
        parts.append('@%s:%s-%s:%s' % (node.lineno, node.col_offset,
                                       node.end_lineno, node.end_col_offset))
    return '%s(%s)' % (type(node).__name__, ', '.join(parts))


def show(src, mode, flags):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            tree = compile(src, '<s>', mode, flags | 0x400)
        except SyntaxError as e:
            print(repr(src), mode, flags, '->', type(e).__name__, repr(e.msg), e.lineno,
                  e.offset, e.end_lineno, e.end_offset, repr(e.text), e.filename)
        else:
            print(repr(src), mode, flags, '->', dump(tree))
    for w in caught:
        print('   ', w.category.__name__, w.message, w.filename, w.lineno)


CASES = [
 ('x = 1', 'single', 0), ('if x:\n    pass\n', 'single', 0), ('x = 1\ny = 2\n', 'single', 0), ('', 'single', 0), ('\n', 'single', 0),
 ('x = 1; y = 2', 'single', 0), ('1 +', 'single', 0),
 ('(int, *str) -> None', 'func_type', 0), ('() -> int', 'func_type', 0), ('(a, **b) -> c', 'func_type', 0),
 ('x = "\\d"', 'exec', 0), ('x = b"\\d"', 'exec', 0), ('x = "\\777"', 'exec', 0), ('f"\\d{x}"', 'exec', 0),
 ('x = 1 # type: int\n', 'exec', 0x1000), ('def f(a, # type: int\n  b):\n  # type: (...) -> None\n  pass\n', 'exec', 0x1000),
 ('x = 1  # type: ignore[foo]\n', 'exec', 0x1000), ('for x in y:  # type: int\n  pass\n', 'exec', 0x1000),
 ('with a as b:  # type: int\n  pass\n', 'exec', 0x1000), ('def f():  # type: () -> int\n  pass\n', 'exec', 0x1000),
 ('await x', 'exec', 0x2000), ('x = "\\N{BOGUS}"', 'exec', 0), ('x = "\\x4"', 'exec', 0), ('x = b"é"', 'exec', 0),
 ('x = "a" b"b"', 'exec', 0), ('x = 1\0', 'exec', 0), (b'x = "\xe9"\n', 'exec', 0), (b'# coding: latin-1\nx = "\xe9"\n', 'exec', 0),
 (b'\xef\xbb\xbfx = 1', 'exec', 0), (b'# coding: bogus\nx = 1', 'exec', 0), ('x = 1\r\ny = 2\r\n', 'exec', 0),
 ('if x:\r\n  y\r\n', 'exec', 0), ('x = 1\\\n  + 2', 'exec', 0), ('x = 1 \\ 2', 'exec', 0), ('x = 1\\', 'exec', 0),
 ('\tif x:\n\t\tpass\n', 'exec', 0), ('x = f"{a!x}"', 'exec', 0), ('f"{a b}"', 'exec', 0), ('f"{a:{b:{c}}}"', 'exec', 0),
 ('f"{lambda x: 1}"', 'exec', 0), ('f"{(lambda x: 1)}"', 'exec', 0), ("f'{a['b']}'", 'exec', 0), ('f"{a}}"', 'exec', 0),
 ('f"}"', 'exec', 0), ('t"x" "y"', 'exec', 0), ('f"{x:\n}"', 'exec', 0), ('f"""{x:\n}"""', 'exec', 0),
 ('x = 1 if 2 else', 'exec', 0), ('match x:\n  case 1 + 1: pass', 'exec', 0), ('match x:\n  case {a: 1}: pass', 'exec', 0),
 ('match x:\n  case a as _: pass', 'exec', 0), ('match x:\n  case C(a=1, b): pass', 'exec', 0),
 ('match x:\n  case 1j + 1: pass', 'exec', 0), ('match x:\n  case -1 - 2j: pass', 'exec', 0),
 ('match x:\n  case (1 | 2) as y if y: pass', 'exec', 0), ('match x:\n  case {**rest}: pass', 'exec', 0),
 ('match x:\n  case [*_]: pass', 'exec', 0), ('match x:\n  case *a, b: pass', 'exec', 0), ('match(x)', 'exec', 0), ('match x', 'exec', 0),
 ('match [a]:\n  case _: pass', 'exec', 0), ('match -x:\n  case _: pass', 'exec', 0), ('match not_x:\n case _: pass', 'exec', 0),
 ('case = 1', 'exec', 0), ('_ = 1', 'exec', 0), ('type(x)', 'exec', 0), ('type.x = 1', 'exec', 0),
 ('print(type X)', 'exec', 0), ('a = 1;;', 'exec', 0), ('  ', 'exec', 0), ('# c', 'exec', 0), ('\n\n\n', 'exec', 0),
 ('if 1:\n  # c\n  pass\n  \n# d\n', 'exec', 0), ('x = (\n# c\n1)', 'exec', 0), ('def f():\n\n    pass', 'exec', 0),
 ('class A: x = 1', 'exec', 0), ('if a: pass\nelif b: pass\nelse: pass', 'exec', 0), ('while 1: pass\nelse: pass', 'exec', 0),
 ('x = 1\n  # indented comment\ny = 2\n', 'exec', 0), ('x = [1,\n  2,\n    3]\n', 'exec', 0), ('lambda: (yield)', 'exec', 0),
 ('def f(): x = yield', 'exec', 0), ('def f(): return (yield from g)', 'exec', 0), ('x = a[b:=1]', 'exec', 0), ('x = a[(b:=1)]', 'exec', 0),
 ('f(a:=1)', 'exec', 0), ('[y := 1, y**2]', 'exec', 0), ('{(y := 1): 2}', 'exec', 0), ('print(*a, **b, c=1)', 'exec', 0),
 ('del a[0], b.c', 'exec', 0), ('del (a), [b]', 'exec', 0), ('del a,', 'exec', 0), ('global a\nnonlocal b', 'exec', 0),
 ('from __future__ import annotations', 'exec', 0), ('import a as b, c.d as e', 'exec', 0), ('x: "int"', 'exec', 0),
 ('(x): int', 'exec', 0), ('x.y: int = 1', 'exec', 0), ('x[0]: int', 'exec', 0), ('[x]: int', 'exec', 0), ('x: int = yield', 'exec', 0),
 ('async def f():\n  return [x async for x in y]\n', 'exec', 0), ('async def f():\n  await (yield)\n', 'exec', 0),
 ('def f[T=int, *Ts=*tuple[int], **P=[int]](): pass', 'exec', 0), ('class C[T: (int, str)]: pass', 'exec', 0),
 ('try:\n  pass\nexcept* (A, B) as e:\n  pass\n', 'exec', 0), ('try:\n  pass\nexcept A, B as e:\n  pass\n', 'exec', 0),
 ('try:\n  pass\nfinally:\n  pass\n', 'exec', 0), ('try:\n  pass\nelse:\n  pass\n', 'exec', 0),
 ('with (a, b) as c: pass', 'exec', 0), ('with (a as b): pass', 'exec', 0), ('with (yield): pass', 'exec', 0),
 ('with a, (b as c): pass', 'exec', 0), ('with (a, b,): pass', 'exec', 0), ('with (\n  a as b,\n  c as d,\n): pass', 'exec', 0),
 ('@a.b(c)\n@d\nclass C: pass', 'exec', 0), ('@x := y\ndef f(): pass', 'exec', 0), ('@(x)\nasync def f(): pass', 'exec', 0),
 ('x = 1_000j; y = 0_0; z = 00', 'exec', 0), ('x = 1if 1else 2', 'exec', 0), ('x = 0x1for', 'exec', 0), ('x = 1.e5 + 1_0.0_1e+1_0', 'exec', 0),
 ('x = "a"\\\n"b"', 'exec', 0), ("x = '''a\\\nb'''", 'exec', 0), ("x = 'a\\\nb'", 'exec', 0), ('x = r"\\""', 'exec', 0),
 ('x = "\\\\"', 'exec', 0), ('f"{x!r:{y!s}}"', 'exec', 0), ('f"{x!r}" f"{y}"', 'exec', 0), ('f"" ""', 'exec', 0), ('f""', 'exec', 0),
 ('f"{1:x}" "abc" f"def"', 'exec', 0), ('b"a" b"b"', 'exec', 0), ('t""', 'exec', 0), ('t"{x!r:{y}}"', 'exec', 0),
 ('f"{x:a{{b}}c}"', 'exec', 0), ('f"{x:%H:%M}"', 'exec', 0), ('f"{x!r:=^10}"', 'exec', 0), ('f"{x:=10}"', 'exec', 0),
 ('f"{x==y}"', 'exec', 0), ('f"{x!=y}"', 'exec', 0), ('f"{x:{y}=}"', 'exec', 0), ('f"{ x = }"', 'exec', 0), ('f"{x=:}"', 'exec', 0),
 ('f"{"a" "b"}"', 'exec', 0), ('f"{f"{f"{x}"}"}"', 'exec', 0), ('f"\\{x}"', 'exec', 0), ('f"\\{{x}}"', 'exec', 0), ('rf"\\{x}"', 'exec', 0),
 ('f"{x}\\n{y}"', 'exec', 0), ('f"a\\\nb"', 'exec', 0), ("f'''{\n x # comment\n}'''", 'exec', 0), ('f"{x:{"a"}}"', 'exec', 0),
 ('f"é{x}é{y=}"', 'exec', 0), ('x = "é" ; y = é', 'exec', 0), ('ﬁ = 1', 'exec', 0), ('x = a\u00a0+ b', 'exec', 0),
]
for src, mode, flags in CASES:
    show(src, mode, flags)
