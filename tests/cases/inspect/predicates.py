import inspect
import sys
import functools

def func(): pass
def gen(): yield 1
async def coro(): pass
async def agen(): yield 1
class C:
    def m(self): pass
    @property
    def p(self): return 1
    __slots__ = ('s',)
g = gen()
co = coro()
ag = agen()
objs = {'func': func, 'gen': gen, 'coro': coro, 'agen': agen, 'C': C, 'm': C().m, 'Cm': C.m,
        'len': len, 'append': [].append, 'list.append': list.append, 'int.__add__': int.__add__,
        '(1).__add__': (1).__add__, 'g': g, 'co': co, 'ag': ag, 'sys': sys, 'code': func.__code__,
        'frame': sys._getframe(), 'prop': C.__dict__['p'], 'slot': C.__dict__['s'],
        'getset': type(func).__dict__['__globals__'] if False else type.__dict__['__dict__'],
        'partial': functools.partial(func), 'lambda': lambda: 0, 'int': int, 'cm': classmethod(func),
        'sm': staticmethod(func), 'dict.fromkeys': dict.__dict__['fromkeys']}
try:
    1 / 0
except ZeroDivisionError as e:
    objs['tb'] = e.__traceback__
preds = ['ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction', 'isgenerator',
         'iscoroutinefunction', 'iscoroutine', 'isasyncgenfunction', 'isasyncgen', 'isawaitable',
         'istraceback', 'isframe', 'iscode', 'isbuiltin', 'ismethodwrapper', 'isroutine',
         'isabstract', 'ismethoddescriptor', 'isdatadescriptor', 'ismemberdescriptor',
         'isgetsetdescriptor', 'ispackage']
for name, obj in objs.items():
    print(f'{name:14}', ''.join('1' if getattr(inspect, p)(obj) else '.' for p in preds))
co.close()
print(inspect.isgeneratorfunction(functools.partial(gen)), inspect.iscoroutinefunction(C().m))
print(inspect.ispackage(inspect), inspect.ispackage(__import__('importlib')))
