# configparser: custom delimiters (several characters, regex characters), write with them
import configparser as cp
import io

def roundtrip(text, **kw):
    p = cp.ConfigParser(**kw)
    try:
        p.read_string(text)
    except cp.Error as e:
        print(type(e).__name__, '|', e)
    print({s: dict(p.items(s, raw=True)) for s in p.sections()})
    out = io.StringIO()
    try:
        p.write(out)
        p.write(out, space_around_delimiters=False)
    except (cp.Error, IndexError) as e:
        print(type(e).__name__, '|', e)
    print(repr(out.getvalue()))

roundtrip("[s]\na := b\nc:=d\ne = f\n", delimiters=(':=',))
roundtrip("[s]\na * b\nc.d.e\n", delimiters=('*', '.'))
roundtrip("[s]\nkey ==> v\n", delimiters=('==>', '='))
roundtrip("[s]\nkey = v\nflag\n", delimiters=('=',), allow_no_value=True)
roundtrip("[s]\nk\tv\n", delimiters=('\t',))
roundtrip("[s]\na (b) c\n", delimiters=('(b)',))
roundtrip("[s]\nx = 1\n", delimiters=())
roundtrip("[s]\nx = 1\n", delimiters=['=', ':'])
p = cp.RawConfigParser(delimiters=('~',))
p.add_section('s')
p.set('s', 'a~b', 'v')
out = io.StringIO()
try:
    p.write(out)
except cp.InvalidWriteError as e:
    print(e, repr(out.getvalue()))
