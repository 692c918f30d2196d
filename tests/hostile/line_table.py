"""Code objects whose first line number sits at the edges of int: decoding
their location tables must not overflow."""
import importlib.util
import marshal
import os
import sys

out = sys.argv[1]


def write(name, code):
    data = importlib.util.MAGIC_NUMBER + b"\0" * 12 + marshal.dumps(code)
    with open(os.path.join(out, name + ".pyc"), "wb") as f:
        f.write(data)


src = "x = 1\ny = x + 1\nprint(y)\nraise ValueError(y)\n"
base = compile(src, "edge.py", "exec")
write("firstlineno-int-max", base.replace(co_firstlineno=2**31 - 1))


def with_firstlineno(code, value):
    """co_firstlineno set to any 32-bit value (replace() refuses negative
    ones): marshal with a marker line number, then patch its bytes."""
    marker = 0x5A17C0DE
    data = marshal.dumps(code.replace(co_firstlineno=marker))
    old = marker.to_bytes(4, "little")
    assert data.count(old) == 1
    return marshal.loads(data.replace(old, value.to_bytes(4, "little", signed=True)))


write("firstlineno-int-min", with_firstlineno(base, -2**31))
write("firstlineno-negative", with_firstlineno(base, -5))
write("firstlineno-near-max", base.replace(co_firstlineno=2**31 - 3))
