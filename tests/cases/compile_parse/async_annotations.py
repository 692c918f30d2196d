# Asynchronous comprehensions in annotations: an annotation has a scope of
# its own that is never asynchronous, even when the annotation is kept as
# text (from __future__ import annotations) or never evaluated (a local
# variable's); generator expressions may be asynchronous anywhere.
srcs = ['from __future__ import annotations\nasync def f():\n  x: [y async for y in z]\n',
 'from __future__ import annotations\ndef f():\n  x: [y async for y in z]\n',
 'from __future__ import annotations\nx: [y async for y in z]\n',
 'from __future__ import annotations\ndef f(a: [y async for y in z]): pass\n',
 'from __future__ import annotations\ndef f() -> {y: 1 async for y in z}: pass\n',
 'x: [y async for y in z]\n', 'def f():\n  x: [y async for y in z]\n', 'async def f():\n  x: [y async for y in z]\n',
 'async def f(a: [y async for y in z]): pass\n', 'def f():\n  x: (y async for y in z)\n', 'def f():\n  x: [[y async for y in z] for w in v]\n',
 'def f():\n  x: [await y for y in z]\n', 'def f():\n  x: lambda: [y async for y in z]\n', 'class C:\n  x: {y async for y in z}\n',
 'async def f():\n  return [y async for y in z]\n', 'def f():\n  return [y async for y in z]\n', 'def f():\n  x: int = [y async for y in z]\n']
for s in srcs:
    try: compile(s, '<s>', 'exec'); print(repr(s), 'ok')
    except SyntaxError as e: print(repr(s), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
