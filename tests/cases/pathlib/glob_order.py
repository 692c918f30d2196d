# cwd: tmp
# The order of glob, rglob, walk and iterdir where it does not depend on the
# file system: every directory holds one entry.
import os
from pathlib import Path

os.makedirs('a/b/c/d')
Path('a/b/c/d/f.txt').touch()
print(list(Path('a').glob('**')))
print(list(Path('a').glob('**/')))
print(list(Path('a').rglob('*')))
print(list(Path('.').glob('*/*/*')))
print(list(Path('a').rglob('*.txt')))
print([str(p) for p, ds, fs in Path('a').walk()])
print([str(p) for p, ds, fs in Path('a').walk(top_down=False)])
print(list(Path('a/b').iterdir()), list(Path('a').glob('b/**/f.txt')))
print(type(Path('a').glob('*')).__name__, type(Path('a').iterdir()).__name__)
