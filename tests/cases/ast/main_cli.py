# cwd: tmp
# ast.main(): the command line of `python -m ast` over a file and stdin,
# with its options and its errors.
import ast
import io
import sys

sys.stderr = sys.stdout
with open('sample.py', 'w') as f:
    f.write('def f(x):\n    return x + 1  # trailing\n\nprint(f(2))\n')

def run(*argv):
    print('--', ' '.join(argv))
    try:
        ast.main(list(argv))
    except SystemExit as e:
        print('exit', e.code)
    except Exception as e:
        print(type(e).__name__, e)

run('sample.py')
run('sample.py', '-a')
run('sample.py', '--indent', '0')
run('sample.py', '-i', '1', '--show-empty')
run('sample.py', '--include-attributes', '--indent=2')
run('sample.py', '--feature-version', '3.10', '-O', '1')
run('sample.py', '--feature-version', '3')
run('sample.py', '--feature-version', 'x.y')
run('sample.py', '--feature-version', '2.7')
run('sample.py', '--no-type-comments')
run('missing.py')
sys.stdin = io.TextIOWrapper(io.BytesIO(b'1 + 2\n'))
run('-m', 'eval')
sys.stdin = io.TextIOWrapper(io.BytesIO(b'x = (\n'))
run()

# The same through `-m ast` in a child interpreter (this one's executable).
import subprocess
for argv in (['sample.py', '-i', '2'], ['-m', 'eval', '-a'], ['nope.py']):
    p = subprocess.run([sys.executable, '-m', 'ast'] + argv, input=b'a + b\n',
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    text = p.stdout.decode()
    # The traceback of a missing file names the library's own lines.
    print(p.returncode, text if p.returncode == 0 else text.splitlines()[-1])
