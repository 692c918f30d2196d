# cwd: tmp
# Subclasses of Path and PurePath keep their class through derived paths;
# with_segments carries extra state along.
from pathlib import Path, PurePosixPath

class Tagged(PurePosixPath):
    def __init__(self, *args, tag=None):
        super().__init__(*args)
        self.tag = tag
    def with_segments(self, *args):
        return type(self)(*args, tag=self.tag)

t = Tagged('a/b/c.txt', tag='T')
for derived in [t.parent, t / 'x', t.with_suffix('.py'), t.parents[1], t.relative_to('a'), 'z' / t]:
    print(type(derived).__name__, derived, getattr(derived, 'tag', None))

class MyPath(Path):
    def shout(self):
        return str(self).upper()

m = MyPath('dir')
m.mkdir()
(m / 'f').touch()
print([type(p).__name__ for p in m.iterdir()], [p.shout() for p in m.glob('*')])
print(type(m.absolute()).__name__, type(m.resolve()).__name__, type(MyPath.cwd()).__name__)
print(repr(MyPath('x')), MyPath('x') == Path('x'), hash(MyPath('x')) == hash(Path('x')))
