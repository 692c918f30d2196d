# configparser: BasicInterpolation, its errors, raw and vars
import configparser as cp

def show(fn):
    try:
        r = fn()
    except Exception as e:
        print(type(e).__name__, '|', e, '|', e.args)
    else:
        print(repr(r))

p = cp.ConfigParser(defaults={'home': '/home/u', 'Num': 3, 'pct': '100%%'})
p.read_string("""
[paths]
base = %(home)s/base
data = %(base)s/data
deep = %(data)s/%(data)s
pct = 50%% of it
bad = %(missing)s
syntax = %(oops
lone = 5% off
trail = %
Upper = %(HOME)s
loop1 = %(loop2)s
loop2 = %(loop1)s
""")
for name in ['base', 'data', 'deep', 'pct', 'upper', 'num', 'home']:
    show(lambda: p.get('paths', name))
for name in ['bad', 'syntax', 'lone', 'trail', 'loop1']:
    show(lambda: p.get('paths', name))
show(lambda: p.get('paths', 'base', raw=True))
show(lambda: p.get('paths', 'base', vars={'home': '/other', 'extra': 5}))
show(lambda: p.get('paths', 'extra', vars={'Extra': 5}))
show(lambda: p.items('paths', raw=True)[:3])
show(lambda: p.items('paths', vars={'home': '/v'})[:3])
show(lambda: p.get('DEFAULT', 'pct'))
show(lambda: p['paths']['data'])
show(lambda: p['paths'].get('data', raw=True))
show(lambda: p.set('paths', 'new', '%(x'))
show(lambda: p.set('paths', 'new', 'a % b'))
show(lambda: p.set('paths', 'new', 'ok %% %(home)s'))
show(lambda: p.get('paths', 'new'))
show(lambda: p.set('paths', 'none', None))
show(lambda: p.get('paths', 'none'))
show(lambda: p.set('paths', 'empty', ''))
show(lambda: p.get('paths', 'empty'))
e = None
try:
    p.get('paths', 'loop1')
except cp.InterpolationDepthError as exc:
    e = exc
print(e.option, e.section, e.args)
try:
    p.get('paths', 'bad')
except cp.InterpolationMissingOptionError as exc:
    print(exc.reference, exc.option, exc.section, exc.__cause__, exc.__suppress_context__)

r = cp.RawConfigParser()
r.read_string("[s]\na = %(b)s\nb = 1\n")
print(r.get('s', 'a'), r.items('s'))
r.set('s', 'c', 42)
r.set('s', 'd', [1, 2])
print(r.get('s', 'c'), r.get('s', 'd'), r.items('s'))
print(cp.BasicInterpolation().before_get(p, 'paths', 'x', 'plain', {}))
print(isinstance(cp.BasicInterpolation(), cp.Interpolation))
q = cp.ConfigParser(interpolation=None)
q.read_string("[s]\na = %(b)s\nb = 1\n")
print(q.get('s', 'a'), type(q._interpolation).__name__)
