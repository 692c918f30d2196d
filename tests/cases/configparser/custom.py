# configparser: custom Interpolation classes, dict_type, constructor defaults, subclasses
import configparser as cp
import collections
import io

class Upper(cp.Interpolation):
    def before_get(self, parser, section, option, value, defaults):
        return value.upper()
    def before_set(self, parser, section, option, value):
        print('before_set', section, option, repr(value))
        return value.strip()
    def before_read(self, parser, section, option, value):
        print('before_read', section, option, repr(value))
        return value
    def before_write(self, parser, section, option, value):
        return '<' + value + '>'

p = cp.ConfigParser(interpolation=Upper())
p.read_string("[s]\na = hello\nb = multi\n  line\n")
print(p.get('s', 'a'), p.get('s', 'a', raw=True), p.items('s'))
p.set('s', 'c', '  spaced  ')
print(repr(p.get('s', 'c', raw=True)))
out = io.StringIO()
p.write(out)
print(repr(out.getvalue()))

class NotInterp:
    pass
try:
    cp.ConfigParser(interpolation=NotInterp())
except TypeError as e:
    print(e)

o = cp.ConfigParser(dict_type=collections.OrderedDict)
o.read_string("[z]\nb=1\na=2\n[y]\nc=3\n")
print(type(o._sections).__name__, o.sections(), o.items('z'))
print(type(o['z']).__name__)

try:
    cp.ConfigParser({'none': None})
except TypeError as e:
    print(e)
d = cp.ConfigParser({'Num': 1, 'Flag': True})
print(d.defaults())
d2 = cp.RawConfigParser({'Num': 1, 'Flag': True})
print(d2.defaults(), d2.get('DEFAULT', 'num'))
try:
    cp.ConfigParser({'pct': '%'})
except Exception as e:
    print(type(e).__name__, e)
d3 = cp.ConfigParser({'pct': '%(x)s'})
print(d3.get('DEFAULT', 'pct', raw=True))
try:
    d3.get('DEFAULT', 'pct')
except cp.InterpolationMissingOptionError as e:
    print(e)
d4 = cp.ConfigParser(allow_no_value=True, defaults={'k': None})
print(d4.defaults())

class Case(cp.RawConfigParser):
    def optionxform(self, s):
        return s.upper()
c = Case()
c.read_string("[S]\nkey = v\n")
print(c.options('S'), c.get('S', 'Key'), c['S']['kEy'])
print(cp.ConfigParser.optionxform(c, 'ABC'))
print(issubclass(cp.ConfigParser, cp.RawConfigParser), isinstance(p, collections.abc.MutableMapping))
print(cp.SectionProxy.__mro__[1].__name__, cp.ConverterMapping.__mro__[1].__name__)
print([c.__name__ for c in cp.ExtendedInterpolation.__mro__])
