# configparser: write() keeps raw values (interpolation syntax), reading back gives the same values
import configparser as cp
import io

for interp, text in ((cp.BasicInterpolation(), "[s]\na = 1\nb = %(a)s%%\n"),
                     (cp.ExtendedInterpolation(), "[s]\na = 1\nb = ${a}$$\n[t]\nc = ${s:b}\n")):
    p = cp.ConfigParser(interpolation=interp)
    p.read_string(text)
    out = io.StringIO()
    p.write(out)
    print(repr(out.getvalue()))
    q = cp.ConfigParser(interpolation=interp)
    q.read_string(out.getvalue())
    print([(s, q.items(s)) for s in q.sections()])
    p['s']['multi'] = 'one\ntwo'
    out = io.StringIO()
    p.write(out)
    q = cp.ConfigParser(interpolation=interp)
    q.read_string(out.getvalue())
    print(repr(q['s']['multi']))
n = cp.ConfigParser(allow_no_value=True)
n.read_string("[s]\nflag\nv = x\n")
out = io.StringIO()
n.write(out, space_around_delimiters=False)
print(repr(out.getvalue()))
m = cp.ConfigParser(allow_no_value=False)
m.read_dict({'s': {'k': ''}})
out = io.StringIO()
m.write(out)
print(repr(out.getvalue()))
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = Writer()
n.write(w)
print(w.parts)
try:
    n.write(None)
except AttributeError as e:
    print('AttributeError', e)
