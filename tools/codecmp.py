"""Compares the code objects of compile() between two interpreters.

  codecmp.py dump OUT FILE...   (run under each interpreter) writes one line
                                per code object of each file: its place and
                                every field that compile() decides;
  codecmp.py diff A B [-v N]    counts the code objects that differ, by
                                field, and shows the first N of them.
"""
import sys


def _const(c):
    if hasattr(c, 'co_code'):
        return '<code %s>' % c.co_qualname
    if isinstance(c, (tuple, frozenset)):
        inner = sorted(map(_const, c)) if isinstance(c, frozenset) else map(_const, c)
        return '%s(%s)' % (type(c).__name__, ','.join(inner))
    return '%s:%r' % (type(c).__name__, c)


FIELDS = ('co_code', 'co_consts', 'co_names', 'co_varnames', 'co_freevars', 'co_cellvars',
          'co_linetable', 'co_exceptiontable', 'co_stacksize', 'co_flags')


def _fields(co):
    out = []
    for f in FIELDS:
        v = getattr(co, f)
        if isinstance(v, bytes):
            v = v.hex()
        elif f == 'co_consts':
            v = '|'.join(map(_const, v))
        out.append(str(v))
    return out


def _walk(co, path, out):
    key = '%s:%s:%d' % (path, co.co_qualname, co.co_firstlineno)
    out.append('\t'.join([key] + _fields(co)))
    for c in co.co_consts:
        if hasattr(c, 'co_code'):
            _walk(c, path, out)


def dump(outname, files):
    with open(outname, 'w') as out:
        for name in files:
            try:
                with open(name, 'rb') as f:
                    src = f.read()
                co = compile(src, name, 'exec', dont_inherit=True)
            except BaseException as e:
                out.write('%s\tERROR %s\n' % (name, type(e).__name__))
                continue
            lines = []
            _walk(co, name, lines)
            for line in lines:
                out.write(line + '\n')


def _load(name):
    table = {}
    with open(name) as f:
        for line in f:
            parts = line.rstrip('\n').split('\t')
            table[parts[0]] = parts[1:]
    return table


def diff(a, b, show=0):
    ta, tb = _load(a), _load(b)
    differ = 0
    by_field = {}
    shown = 0
    for key, va in ta.items():
        vb = tb.get(key)
        if vb == va:
            continue
        differ += 1
        if vb is None or len(va) != len(vb):
            fields = ['missing/error']
        else:
            fields = [FIELDS[k] for k in range(len(FIELDS)) if va[k] != vb[k]]
        for f in fields:
            by_field[f] = by_field.get(f, 0) + 1
        if shown < show:
            shown += 1
            print(key, ' '.join(fields))
    print('code objects: %d, differing: %d' % (len(ta), differ))
    for f, n in sorted(by_field.items(), key=lambda x: -x[1]):
        print('  %-20s %d' % (f, n))


def main(argv):
    if argv[1] == 'dump':
        dump(argv[2], argv[3:])
    elif argv[1] == 'diff':
        show = int(argv[5]) if len(argv) > 5 and argv[4] == '-v' else 0
        diff(argv[2], argv[3], show)
    else:
        raise SystemExit(__doc__)


if __name__ == '__main__':
    main(sys.argv)
