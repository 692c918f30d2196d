# configparser: the order of sections, options, defaults, items and vars
import configparser as cp

p = cp.ConfigParser(defaults={'z': '1', 'a': '2'})
p.read_string("[DEFAULT]\nm = 3\n[s]\nq = 4\na = 5\nb = 6\n[r]\n[c]\nz = 7\n")
print(p.sections(), list(p))
print(p.options('s'), p.options('r'), p.options('c'))
print(p.items('s'))
print(p.items('s', vars={'new': 'n', 'q': 'Q', 'Z': 'V'}))
print(list(p['s']), list(p['r']), list(p['DEFAULT']))
print(p.get('s', 'z', vars={'Z': 'from vars'}), p.get('c', 'z'))
print([(k, repr(v)) for k, v in p.items()])
p.set('DEFAULT', 'm', 'changed')
p.set('', 'n', 'empty section name')
p.set(None, 'o', 'None section name')
print(p.defaults())
p['s']['a'] = 'A'
print(p.items('s'))
print(p.has_option('DEFAULT', 'M'), p.has_option('s', 'M'))
