# suffix, suffixes and stem, dots at every place of the name.
from pathlib import PurePosixPath, PureWindowsPath

for name in ['a', 'a.', '.a', 'a.b', 'a.b.c', 'a..b', '..', '...', 'a.b.', '.a.b',
             'a. b', 'a.b c', 'archive.tar.gz', '.bashrc', 'x.tar.', '']:
    p = PurePosixPath('dir', name)
    print(repr(name), repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem))
w = PureWindowsPath('c:/x/Report.Final.DOCX')
print(w.suffix, w.suffixes, w.stem, PureWindowsPath('c:').suffix)
