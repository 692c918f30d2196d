# cwd: tmp
# glob and iglob in the current directory: wildcards, hidden names, missing paths.
import glob
import os

for name in ['a.py', 'b.py', 'c.txt', '.hidden.py', 'data1', 'data22']:
    open(name, 'w').close()
os.mkdir('sub')
open('sub/x.py', 'w').close()

def show(pattern, **kw):
    print(repr(pattern), kw, sorted(glob.glob(pattern, **kw)))

show('*')
show('*.py')
show('.*')
show('?.py')
show('data?')
show('data*')
show('[ab].py')
show('[!a]*')
show('*/*.py')
show('sub/*')
show('a.py')
show('missing')
show('missing/*')
show('')
show('*.PY')
it = glob.iglob('*.txt')
print(type(it).__name__, next(it), next(it, 'end'))
