# Parses a seeded sample of the standard library's modules (CPython's own
# sources, next to the CPython the tests run against) and prints a digest of
# each tree with every node's fields and positions: the whole grammar, on
# real code.
import hashlib
import os
import random
import warnings

ROOT = '.cache/python3.14/usr/lib/python3.14'


def dump(node, out):
    if isinstance(node, list):
        out.append('[')
        for x in node:
            dump(x, out)
            out.append(',')
        out.append(']')
        return
    if not hasattr(node, '_fields'):
        out.append(repr(node))
        return
    out.append(type(node).__name__)
    out.append('(')
    for f in node._fields:
        out.append(f)
        out.append('=')
        dump(getattr(node, f, None), out)
        out.append(',')
    if 'lineno' in node._attributes:
        out.append('@%s:%s-%s:%s' % (node.lineno, node.col_offset,
                                     node.end_lineno, node.end_col_offset))
    out.append(')')


def files():
    found = []
    for dirpath, dirnames, filenames in os.walk(ROOT):
        dirnames.sort()
        if 'site-packages' in dirpath:
            continue
        for fn in sorted(filenames):
            if fn.endswith('.py'):
                found.append(os.path.join(dirpath, fn))
    return found


warnings.simplefilter('ignore')
if not os.path.isdir(ROOT):
    print('no standard library sources')
else:
    rng = random.Random(1234)
    chosen = rng.sample(files(), 60)
    for path in sorted(chosen):
        with open(path, 'rb') as f:
            data = f.read()
        name = os.path.relpath(path, ROOT)
        try:
            tree = compile(data, name, 'exec', 0x400)
        except SyntaxError as e:
            print(name, 'SyntaxError', e.msg, e.lineno, e.offset)
            continue
        out = []
        dump(tree, out)
        text = ''.join(out)
        print(name, len(tree.body), hashlib.sha256(text.encode()).hexdigest()[:16])
