# parts, drive, root, anchor, name and str of PurePosixPath for many spellings.
from pathlib import PurePath, PurePosixPath

for text in ['', '.', 'a', 'a/b', '/a/b', 'a//b', 'a/./b', 'a/../b', './a', 'a/', '/',
             '//', '///', '//a/b', '///a', '~/x', 'a/b/.', '.a', '..', '../..', 'a\\b']:
    p = PurePosixPath(text)
    print(repr(text), repr(p), str(p), p.parts, repr(p.drive), repr(p.root), repr(p.anchor), repr(p.name))
print(PurePosixPath('a', 'b', 'c'), PurePosixPath('a', '/b', 'c'), PurePosixPath())
print(PurePosixPath(PurePosixPath('x'), 'y'), PurePath('a/b'), type(PurePath('a')).__name__)
