"""MATCH_KEYS and MATCH_CLASS with their constant tuple (the keys, the
keyword attribute names) replaced by constants of other types."""
import importlib.util
import marshal
import os
import sys

out = sys.argv[1]


def write(name, code):
    data = importlib.util.MAGIC_NUMBER + b"\0" * 12 + marshal.dumps(code)
    with open(os.path.join(out, name + ".pyc"), "wb") as f:
        f.write(data)


src = """
class P:
    x = 1
for v in [{"k": 1}, P()]:
    match v:
        case {"k": k}:
            print("map", k)
        case P(x=x):
            print("class", x)
"""
base = compile(src, "match.py", "exec")
for wanted, label in [(("k",), "keys"), (("x",), "names")]:
    index = base.co_consts.index(wanted)
    for other, kind in [(None, "none"), (7, "int"), ("k", "str"), (["k"], "list")]:
        consts = list(base.co_consts)
        consts[index] = other
        write("%s-%s" % (label, kind), base.replace(co_consts=tuple(consts)))
