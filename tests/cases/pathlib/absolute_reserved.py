# is_absolute, is_reserved (deprecated) and the deprecated PurePath.as_uri.
import warnings
from pathlib import PurePosixPath as P, PureWindowsPath as W

for p in [P('/a'), P('a'), P('//a'), P(''), W('c:/a'), W('c:a'), W('/a'), W('//s/h/x'), W('a')]:
    print(repr(p), p.is_absolute())
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    for p in [P('nul'), W('nul'), W('a/con.txt'), W('a/b'), W('x.'), W('a:b'), W('aux '), W('.'), W('com\xb9'), W('ok/..')]:
        print(repr(p), p.is_reserved())
    for p in [P('/a b/c%'), P('/é/~x'), W('c:/a b/x'), W('//srv/share/f'), P('//x/y')]:
        print(repr(p), p.as_uri())
    try:
        P('rel').as_uri()
    except ValueError as e:
        print('ValueError:', e)
for w in caught[:1] + caught[-1:]:
    print(w.category.__name__, w.message)
print(len(caught))
