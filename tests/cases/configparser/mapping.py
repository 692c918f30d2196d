# configparser: the mapping protocol on parsers and section proxies
import configparser as cp

def show(fn):
    try:
        r = fn()
    except Exception as e:
        print(type(e).__name__, '|', e)
    else:
        print(repr(r))

p = cp.ConfigParser()
p['DEFAULT'] = {'d': 'x', 'n': 5}
p['one'] = {'A': 1, 'b': 'two'}
p['two'] = {}
show(lambda: p.sections())
show(lambda: {k: dict(v) for k, v in p.items()})
p['one'] = {'c': 3}
show(lambda: dict(p['one']))
p['one'] = p['one']
show(lambda: dict(p['one']))
p['three'] = p['one']
show(lambda: dict(p['three']))
show(lambda: p.__setitem__('four', {'k': 1, 'K': 2}))
show(lambda: p.sections())
p['one']['new'] = 'v'
show(lambda: p.get('one', 'new'))
del p['one']['new']
show(lambda: p.has_option('one', 'new'))
show(lambda: p['one'].__delitem__('new'))
show(lambda: p['one'].__delitem__('d'))
show(lambda: p['one'].__getitem__('zzz'))
show(lambda: p['one']['d'])
del p['two']
show(lambda: p.sections())
show(lambda: p.popitem()[0])
show(lambda: p.sections())
show(lambda: p.remove_section('three'))
show(lambda: p.remove_section('three'))
show(lambda: p.remove_option('one', 'c'))
show(lambda: p.remove_option('one', 'c'))
show(lambda: p.remove_option('DEFAULT', 'd'))
show(lambda: p.remove_option('', 'n'))
show(lambda: p.defaults())
p.update({'u': {'a': 1}, 'v': {'b': 2}})
show(lambda: p.sections())
show(lambda: p.setdefault('w', {'c': 3}))
show(lambda: p.sections())
show(lambda: p.pop('u'))
show(lambda: p.pop('nothere', 'dflt'))
show(lambda: p.get('v', 'b'))
show(lambda: p == p, )
p.clear()
show(lambda: p.sections())
show(lambda: len(p))
show(lambda: p.popitem())
sect = p['DEFAULT']
sect['k'] = 'v'
show(lambda: (dict(sect), len(sect), list(sect)))
show(lambda: sect.__setitem__('x', 3))
show(lambda: sect.__setitem__(3, 'x'))
p.add_section('s')
show(lambda: p['s'].get('k'))
show(lambda: p['s'].name)
show(lambda: setattr(p['s'], 'name', 'x'))
show(lambda: p['s'].keys() == {'k'})
show(lambda: list(p['s'].items()))
show(lambda: p['s'].pop('k'))
show(lambda: p['s'].setdefault('z', 'zz'))
show(lambda: dict(p['s']))
n = cp.ConfigParser(allow_no_value=True)
n.add_section('s')
n['s']['flag'] = None
n['s']['empty'] = ''
show(lambda: dict(n['s']))
show(lambda: n['s'].__setitem__('bad', 5))
# non-string values through read_dict are made strings
rd = cp.ConfigParser()
show(lambda: rd.read_dict({1: {2: 3, 'none': None, 'f': 1.5}}))
rd.read_dict({1: {2: 3, 'f': 1.5}})
show(lambda: rd.items('1'))
show(lambda: rd.read_dict({'x': {'a': 1}, 'X': {'a': 2}}))
show(lambda: rd.read_dict({'1': {'new': 1}}))
show(lambda: rd.items('1'))
show(lambda: rd.read_dict({'DEFAULT': {'a': 1}}))
show(lambda: rd.defaults())
strict = cp.ConfigParser()
show(lambda: strict.read_dict({'s': {'a': 1}}, source='<mine>'))
show(lambda: strict.read_dict({'s': {'a': 1, 'A': 2}}, source='<mine>'))
