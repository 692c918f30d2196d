# cwd: tmp
# Path.glob: wildcards, '**' (files and directories), trailing separators, '..', hidden names.
import os
from pathlib import Path

os.makedirs('d/e/f')
os.makedirs('d/.h')
for name in ['d/A.txt', 'd/e/b.txt', 'd/e/f/c.py', 'd/.h/x.txt', 'top.txt']:
    Path(name).touch()
os.symlink('e', 'd/link')

def show(path, pattern, **kw):
    try:
        print(str(path), repr(pattern), kw, sorted(path.glob(pattern, **kw)))
    except Exception as e:
        print(str(path), repr(pattern), type(e).__name__, e)

P = Path
for pattern in ['**', '**/', '**/*.txt', '*', '*/', 'a.txt', 'A.txt', 'e/../*.txt', 'nothing/x',
                'e', 'e/', 'A.txt/', '', '/x', '.', './e', '**/**', '*/*.txt', 'l*/*.txt',
                '**/.h', '**/*', 'e/**', 'e/**/*.py', '*/f', '.*', '**/f/']:
    show(P('d'), pattern)
show(P('d'), 'a.txt', case_sensitive=False)
show(P('d'), 'E/*', case_sensitive=False)
show(P('d'), '**/*.txt', recurse_symlinks=True)
show(P('d'), '**', recurse_symlinks=True)
show(P('.'), '**')
show(P(''), '*.txt')
show(P('./d/../d'), '*.txt')
show(P('missing'), '*')
show(P('top.txt'), '*')
show(P('d'), 3)
show(P('d'), Path('e/*'))
print(sorted(Path.cwd().glob('*.txt')) == [Path.cwd() / 'top.txt'])
