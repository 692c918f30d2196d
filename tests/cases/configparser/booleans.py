# configparser: BOOLEAN_STATES per class and per instance, getboolean's errors
import configparser as cp

p = cp.ConfigParser()
p.read_string("[s]\n" + "".join("v%d = %s\n" % (i, v) for i, v in enumerate(
    ['1', 'YES', 'True', 'oN', '0', 'No', 'FALSE', 'off', 'MaYbE', '', ' yes', '2', 'y'])))
for i in range(13):
    try:
        print(i, repr(p.get('s', 'v%d' % i)), p.getboolean('s', 'v%d' % i))
    except ValueError as e:
        print(i, 'ValueError', e)
p.BOOLEAN_STATES = {'ja': True, 'nein': False}
print(p.getboolean('s', 'v1', fallback='x') if False else 'instance states:')
for v in ['ja', 'JA', 'nein', 'yes']:
    p.set('s', 'x', v)
    try:
        print(v, p.getboolean('s', 'x'))
    except ValueError as e:
        print(v, 'ValueError', e)
print(cp.ConfigParser.BOOLEAN_STATES is cp.RawConfigParser.BOOLEAN_STATES)
try:
    p.getboolean('s', 'missing')
except cp.NoOptionError as e:
    print(e)
print(p.getboolean('s', 'missing', fallback='fb'), p['s'].getboolean('missing'))
r = cp.RawConfigParser()
r.add_section('s')
r.set('s', 'b', True)
try:
    r.getboolean('s', 'b')
except AttributeError as e:
    print('AttributeError', e)
