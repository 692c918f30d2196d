# configparser: SectionProxy getters and get() with fallback, raw, vars, extra keywords
import configparser as cp
import functools

def show(fn):
    try:
        r = fn()
    except Exception as e:
        print(type(e).__name__, '|', e)
    else:
        print(repr(r))

p = cp.ConfigParser(defaults={'base': '10'})
p.read_string("[s]\nn = %(base)s\nflag = on\nf = 2.5\nraw = %(n)s%%\n")
s = p['s']
print(sorted(k for k in vars(s) if k.startswith('get')))
print(type(s.getint).__name__, type(s.getint) is functools.partial)
show(lambda: s.getint('n'))
show(lambda: s.getint('n', raw=True))
show(lambda: s.getint('missing'))
show(lambda: s.getint('missing', 3))
show(lambda: s.getint('missing', fallback=4))
show(lambda: s.getboolean('flag'))
show(lambda: s.getfloat('f'))
show(lambda: s.get('raw'))
show(lambda: s.get('raw', raw=True))
show(lambda: s.get('n', vars={'base': '99'}))
show(lambda: s.get('n', foo=1))
show(lambda: p.get('s', 'n', foo=1))
show(lambda: p.getint('s', 'n', foo=1))
show(lambda: p.get('s', 'n', True))
show(lambda: p.getint('s', 'flag'))
show(lambda: s.getint('flag'))
show(lambda: p.getfloat('s', 'flag', fallback=1.0))
show(lambda: p.getboolean('s', 'f'))
show(lambda: s.get('n', _impl=p.getfloat))
show(lambda: p['DEFAULT'].getint('base'))
show(lambda: p['DEFAULT'].get('n'))
show(lambda: p['DEFAULT']['base'])
show(lambda: p.get('DEFAULT', 'base', vars={'base': 1}))
show(lambda: p.get('DEFAULT', 'n'))
show(lambda: p.items('DEFAULT'))
show(lambda: p.items('s', vars={'extra': 'e%(base)s'}))
show(lambda: p.options('s'))
show(lambda: p.items('nope'))
q = cp.RawConfigParser()
q.add_section('r')
q.set('r', 'num', 5)
show(lambda: q.getint('r', 'num'))
show(lambda: q['r']['num'])
show(lambda: q.getboolean('r', 'num'))
