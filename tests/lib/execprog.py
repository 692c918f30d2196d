"""Runs small programs given as source text through compile() and exec(),
printing what they print, their exception and where it was raised (the
positions of each traceback entry inside the program)."""
import sys
import traceback

_count = [0]


def run(src, mode='exec', flags=0, optimize=-1, show_context=False):
    """Compiles and runs src in a fresh namespace, which it returns."""
    _count[0] += 1
    n = _count[0]
    print('--- program', n)
    g = {'__name__': 'prog'}
    try:
        code = compile(src, 'prog%d' % n, mode, flags, optimize=optimize)
        result = exec(code, g) if mode != 'eval' else eval(code, g)
        if mode == 'eval':
            print('value', repr(result))
    except SyntaxError as e:
        print('%s: %s %s %s' % (type(e).__name__, e.msg, e.lineno, e.offset))
    except BaseException as e:
        report(e)
        if show_context:
            ctx = e.__context__
            while ctx is not None:
                print('context:')
                report(ctx)
                ctx = ctx.__context__
    sys.stdout.flush()
    return g


def report(e):
    print('raised', type(e).__name__, e)
    for f in traceback.extract_tb(e.__traceback__):
        if f.filename.startswith('prog'):
            print('  at', f.name, f.lineno, f.end_lineno, f.colno, f.end_colno)
