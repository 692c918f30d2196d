"""Constants that hold themselves (marshal writes the back-reference): a
list, a dict and a set inside co_consts, loaded whole, or followed by a
field of the wrong type so that the load fails with the cycle built."""
import importlib.util
import marshal
import os
import sys

out = sys.argv[1]


def write(name, data):
    with open(os.path.join(out, name + ".pyc"), "wb") as f:
        f.write(importlib.util.MAGIC_NUMBER + b"\0" * 12 + data)


base = compile("x = 1\nprint(x)\n", "cyclic.py", "exec")
lst = []
lst.append(lst)
dct = {}
dct["self"] = dct
holder = [0]
holder[0] = (1, holder)
for name, const in [("list", lst), ("dict", dct), ("list-in-tuple", holder[0])]:
    code = base.replace(co_consts=base.co_consts + (const,))
    write("const-" + name, marshal.dumps(code))
    # the same, with co_linetable a str instead of bytes: the load fails
    # after the cycle is built
    marker = b"\x7f" * 7
    data = marshal.dumps(code.replace(co_linetable=marker))
    at = data.index(marker)
    assert data[at - 5] & 0x7f == ord("s")
    data = data[:at - 5] + bytes([ord("a")]) + data[at - 4:]
    write("failed-load-" + name, data)
