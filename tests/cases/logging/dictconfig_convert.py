# The converting containers and cfg:// paths of every shape.
import logging.config as C

cfg = {'version': 1, 'a': {'b': [10, {'c': 'deep'}], 'd': {'0': 'str key'}},
       'list': [1, 2, 'cfg://a.b[0]'], 'name': 'cfg://a.b[1].c', 'ext': 'ext://os.sep',
       'other': 'http://not.converted', 'tup': (1, 'cfg://a.b[0]')}
bc = C.BaseConfigurator(cfg)
conf = bc.config
print(type(conf).__name__, conf['name'], conf['ext'], conf['other'])
print(type(conf['list']).__name__, conf['list'][2], conf['list'].parent is conf, conf['list'].key)
print(type(conf['tup']).__name__, conf['tup'][1])
print(conf['a']['b'][1]['c'], conf.get('name'), conf.get('missing', 'dflt'))
for path in ['a.b[0]', 'a.b[1].c', 'a.d[0]', 'a [b] [1] . c', 'a.b[5]', 'nope', '.x', 'a!b', 'a.b[x']:
    try:
        print(repr(path), repr(bc.cfg_convert(path)))
    except Exception as e:
        print(repr(path), type(e).__name__, e)
for name in ['os.path.join', 'logging.handlers.MemoryHandler', 'nope.x', 'os.nope', 'sys.nope']:
    try:
        print(name, bc.resolve(name).__name__)
    except Exception as e:
        print(name, type(e).__name__, e)
print(bc.as_tuple([1, 2]), bc.as_tuple('x'))
print(bc.convert('ext://os.sep'), bc.convert('xyz://q'), bc.convert(5))
print(sorted(C.BaseConfigurator.value_converters.items()))
print(C.dictConfigClass is C.DictConfigurator)
c2 = C.ConvertingList([1, 'ext://os.sep'])
c2.configurator = bc
print(c2.pop(), c2.pop(0), len(c2))
d2 = C.ConvertingDict({'k': 'ext://os.sep'})
d2.configurator = bc
print(d2.pop('k'), d2.pop('gone', 'x'))
