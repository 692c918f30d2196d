"""Programs that build malformed code objects at run time with
code.replace() and types.CodeType() and then call them: CPython accepts
most of these and may crash running them; cipy must refuse them (a
SystemError or ValueError from the replace() call) or run them safely."""
import importlib.util
import marshal
import os
import sys

out = sys.argv[1]

PROGRAM = r'''
import types

def f(a, b=2, *c, d, **e):
    x = a
    def g():
        return x
    return g

def plain(a, b):
    return a + b

co = f.__code__
pc = plain.__code__
attempts = [
    dict(co_code=b''),
    dict(co_code=b'\x00'),
    dict(co_code=b'\xff\xff' * 8),
    dict(co_code=pc.co_code[:-2]),
    dict(co_code=pc.co_code + pc.co_code),
    dict(co_linetable=b'\xff' * 64),
    dict(co_linetable=b'\x80'),
    dict(co_linetable=b''),
    dict(co_exceptiontable=b'\xff\x7f\x7f\x7f'),
    dict(co_exceptiontable=b'\x80\x00\x7f\x00'),
    dict(co_stacksize=0),
    dict(co_stacksize=2**31 - 1),
    dict(co_varnames=('a',), co_nlocals=1, co_argcount=0, co_kwonlyargcount=0, co_flags=3),
    dict(co_cellvars=()),
    dict(co_freevars=('z', 'w')),
    dict(co_names=()),
    dict(co_consts=()),
    dict(co_posonlyargcount=3),
    dict(co_flags=0x20 | 3),
    dict(co_flags=0x80 | 3),
    dict(co_flags=0x200 | 3),
    dict(co_firstlineno=2**31 - 1),
]
for kw in attempts:
    for target in (co, pc):
        try:
            new = target.replace(**kw)
        except (SystemError, ValueError, TypeError) as ex:
            print('refused', type(ex).__name__)
            continue
        fn = types.FunctionType(new, {}) if not new.co_freevars else None
        try:
            if fn is not None:
                r = fn(1, 2) if target is pc else fn(1, d=3)
                if hasattr(r, '__next__'):
                    list(r)
        except Exception as ex:
            print('raised', type(ex).__name__)
        else:
            print('ran')
'''

code = compile(PROGRAM, "replace_malformed.py", "exec")
data = importlib.util.MAGIC_NUMBER + b"\0" * 12 + marshal.dumps(code)
with open(os.path.join(out, "replace_malformed.pyc"), "wb") as fh:
    fh.write(data)
