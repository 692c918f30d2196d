# PureWindowsPath parses drives, UNC shares and both separators on any system.
from pathlib import PureWindowsPath as W

for text in ['c:', 'c:/', 'c:\\a\\b', 'c:a', '/a', '\\\\server\\share', '//server/share/x',
             '//server/share/', '//?/c:/x', '//?/UNC/srv/share/x', '//./dev/x', 'a/b\\c',
             '', '.', 'C:/Windows/..', 'x:', './c:a', '//server', '///x']:
    p = W(text)
    print(repr(text), repr(p), str(p), p.parts, repr(p.drive), repr(p.root), repr(p.anchor),
          p.is_absolute(), repr(p.name), p.as_posix())
print(W('c:/a', 'd:b'), W('c:/a', 'c:b'), W('c:/a', 'C:b'), W('//s/sh', 'x'), W('a', 'c:'))
print(W('a').joinpath('c:x'), W('./c:a').parts, W('c:') / 'x', W('c:/') / 'x')
