"""Runs program text through compile() and exec(), printing what happens.

Each program is also written to a file of its own (in the case's temporary
directory) so that tracebacks show its lines, with their carets."""
import sys
import traceback

_count = [0]


def run(src, mode='exec', optimize=-1, flags=0, ns=None):
    _count[0] += 1
    name = 'prog%d.py' % _count[0]
    with open(name, 'w', encoding='utf-8') as f:
        f.write(src)
    print('-- %s' % name)
    if ns is None:
        ns = {'__name__': '__main__'}
    try:
        code = compile(src, name, mode, flags, optimize=optimize)
        if mode == 'eval':
            print('=', repr(eval(code, ns)))
        else:
            exec(code, ns)
    except BaseException:
        sys.stdout.flush()
        traceback.print_exc(file=sys.stdout)
    sys.stdout.flush()
    return ns
