# timeit: main()'s option errors and help
import timeit
import io
import contextlib

def run(args):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = timeit.main(args)
        except Exception as e:
            status = '%s: %s' % (type(e).__name__, e)
    print('status', status)
    print('out', repr(out.getvalue()[:300]))
    print('err', repr(err.getvalue()))

run(['-x'])
run(['--bogus'])
run(['-n'])
run(['--number'])
run(['--num=3', '-u', 'hours'])
run(['-u', 'fortnight', '-n', 'x'])
run(['-n', 'x'])
run(['-r', '1.5'])
run(['--verb=2'])
run(['--help'])
run(['-h', '-x'])
run(['-n', '1', '-h'])
print(timeit.__doc__ == out if (out := None) else timeit.__doc__.splitlines()[0])
