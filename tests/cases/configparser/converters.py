# configparser: getint/getfloat/getboolean, BOOLEAN_STATES, fallback, converters
import configparser as cp
import decimal

def show(fn):
    try:
        r = fn()
    except Exception as e:
        print(type(e).__name__, '|', e)
    else:
        print(repr(r))

p = cp.ConfigParser(converters={'list': lambda v: [x.strip() for x in v.split(',')],
                                'decimal': decimal.Decimal})
p.read_string("""
[s]
i = 42
f = 3.5
neg = -7
b1 = yes
b2 = Off
b3 = TRUE
b4 = 1
b5 = maybe
lst = a, b ,c
dec = 1.10
hexa = 0x10
""")
show(lambda: p.getint('s', 'i'))
show(lambda: p.getint('s', 'neg'))
show(lambda: p.getint('s', 'f'))
show(lambda: p.getint('s', 'hexa'))
show(lambda: p.getfloat('s', 'f'))
show(lambda: p.getfloat('s', 'i'))
for b in ['b1', 'b2', 'b3', 'b4', 'b5']:
    show(lambda: p.getboolean('s', b))
show(lambda: p.getint('s', 'missing'))
show(lambda: p.getint('s', 'missing', fallback=None))
show(lambda: p.getint('nosect', 'x', fallback=7))
show(lambda: p.getint('s', 'b1', fallback=7))
show(lambda: p.getboolean('s', 'x', vars={'x': 'on'}))
show(lambda: p.getlist('s', 'lst'))
show(lambda: p.getdecimal('s', 'dec'))
show(lambda: p['s'].getint('i'))
show(lambda: p['s'].getint('nope'))
show(lambda: p['s'].getint('nope', 5))
show(lambda: p['s'].getboolean('b2'))
show(lambda: p['s'].getlist('lst'))
show(lambda: p['s'].getfloat('f', raw=True))
show(lambda: sorted(p.converters))
show(lambda: p.converters['list'] is not None)
show(lambda: p.converters['int'])
show(lambda: len(p.converters))
p.converters['upper'] = str.upper
show(lambda: p.getupper('s', 'b1'))
show(lambda: p['s'].getupper('lst'))
show(lambda: p.getupper.converter)
del p.converters['upper']
show(lambda: p.getupper)
show(lambda: p['s'].getupper)
show(lambda: p.converters.__setitem__('', int))
show(lambda: p.converters.__setitem__(5, int))
show(lambda: p.converters.__delitem__(''))
show(lambda: p.converters.__delitem__(None))
show(lambda: p.converters.__delitem__('nothing'))
show(lambda: p.converters['nothing'])
# a section added later gets the converters too
p.add_section('late')
p['late']['n'] = '9'
show(lambda: p['late'].getlist('n'))
show(lambda: p['late'].getdecimal('n'))

print(cp.ConfigParser.BOOLEAN_STATES)
class Custom(cp.ConfigParser):
    BOOLEAN_STATES = {'sure': True, 'nope': False}
    def getdouble(self, section, option, **kw):
        return 2 * self.getint(section, option, **kw)
c = Custom()
c.read_string("[s]\na = sure\nb = yes\nn = 4\n")
show(lambda: c.getboolean('s', 'a'))
show(lambda: c.getboolean('s', 'b'))
show(lambda: sorted(c.converters))
show(lambda: c.getdouble('s', 'n'))
show(lambda: c['s'].getdouble('n'))
class Sub(cp.ConfigParser):
    def optionxform(self, optionstr):
        return optionstr
s = Sub()
s.read_string("[S]\nMixed = 1\nmixed = 2\n")
print(dict(s['S']), s.get('S', 'Mixed'))
s2 = cp.ConfigParser()
s2.optionxform = str
s2.read_string("[S]\nKey = v\n")
print(list(s2['S']), s2.has_option('S', 'key'))
