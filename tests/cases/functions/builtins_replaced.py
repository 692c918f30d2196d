# Functions take their builtins from globals()['__builtins__'] when they are made.
import sys
g = globals()
orig = g['__builtins__']

def show(label, f):
    b = f.__builtins__
    kind = 'interpreter' if b is orig.__dict__ else type(b).__name__
    print(label, kind)

g['__builtins__'] = 5
def f_int():
    return len('abc')
def f_class():
    class K: pass
    return K
def f_frame():
    return sys._getframe().f_builtins
g['__builtins__'] = orig
show('int:', f_int)
for f in (f_int, f_class):
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)
print(f_frame())

g['__builtins__'] = {'len': lambda x: 'fake len', '__build_class__': orig.__build_class__}
def f_dict():
    return len('abc')
def f_dict_class():
    class K:
        size = len('xy')
    return K.size
def make_inner():
    # globals without __builtins__: the running frame's builtins are used
    saved = g.pop('__builtins__')
    def inner():
        return len('q')
    g['__builtins__'] = saved
    return inner
g['__builtins__'] = orig
show('dict:', f_dict)
print(f_dict(), f_dict_class())
inner = make_inner()
show('inner:', inner)
print(inner())

g['__builtins__'] = {}
def f_empty():
    return len('abc')
def f_empty_class():
    class K: pass
g['__builtins__'] = orig
for f in (f_empty, f_empty_class):
    try:
        f()
    except NameError as e:
        print('NameError:', e)

class Mapping(dict):
    def __getitem__(self, key):
        if key == 'missing':
            raise KeyError(key)
        return lambda *a: 'Mapping gives ' + key
class Missing(dict):
    def __missing__(self, key):
        return lambda *a: 'Missing gives ' + key
class Plain:
    def __getitem__(self, key):
        if key == 'len':
            return lambda *a: 'Plain len'
        raise KeyError(key)
for b in (Mapping(), Missing(), Plain()):
    g['__builtins__'] = b
    def f_map():
        return len('abc')
    def f_missing():
        return missing
    def f_gen():
        yield len('g')
    g['__builtins__'] = orig
    show(type(b).__name__ + ':', f_map)
    print(f_map(), next(f_gen()))
    try:
        print(f_missing())
    except NameError as e:
        print('NameError:', e)

# a module object stands for its dict
mod = type(sys)('fake')
mod.len = lambda x: 'module len'
g['__builtins__'] = mod
def f_mod():
    return len('abc')
g['__builtins__'] = orig
print(f_mod.__builtins__ is mod.__dict__, f_mod())

# lambdas and comprehensions made inside such a function use its builtins
g['__builtins__'] = {'len': lambda x: 'nested', 'list': list}
def outer():
    def inner():
        return len('a')
    return inner(), [len(c) for c in 'ab'], (lambda: len('q'))()
g['__builtins__'] = orig
print(outer())
print(len('still the real one'))
