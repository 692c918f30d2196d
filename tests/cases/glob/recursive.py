# cwd: tmp
# '**' with recursive=True crosses directories; without it, it is a plain '*'.
import glob
import os

os.makedirs('a/b/c')
os.makedirs('a/.h/d')
for path in ['top.py', 'a/one.py', 'a/b/two.py', 'a/b/c/three.py', 'a/.h/four.py', 'a/b/c/x.txt']:
    open(path, 'w').close()

def show(pattern, **kw):
    print(repr(pattern), kw, sorted(glob.glob(pattern, **kw)))

show('**', recursive=True)
show('**/', recursive=True)
show('**/*.py', recursive=True)
show('a/**', recursive=True)
show('a/**/', recursive=True)
show('a/**/*.py', recursive=True)
show('**/c', recursive=True)
show('**/*.py')
show('**')
show('a/**/b/**/*.txt', recursive=True)
show('**/*.py', recursive=True, include_hidden=True)
show('**', recursive=True, include_hidden=True)
show('a**', recursive=True)
