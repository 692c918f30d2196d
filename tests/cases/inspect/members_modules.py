import inspect
import types

mod = types.ModuleType('demo', 'Demo doc.')
mod.alpha = 1
mod.beta = len
def gamma(): pass
mod.gamma = gamma
class Delta: pass
mod.Delta = Delta
print([n for n, v in inspect.getmembers(mod) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(mod, inspect.isbuiltin)])
print([n for n, v in inspect.getmembers(mod, inspect.isroutine)])
print([n for n, v in inspect.getmembers(mod, inspect.isclass)])
print([n for n, v in inspect.getmembers_static(mod) if not n.startswith('__')])
print(inspect.getdoc(mod))
print(sorted(set(inspect.__all__) - set(dir(inspect))))
print([n for n, v in inspect.getmembers(1, inspect.isbuiltin) if not n.startswith("_")])
print([n for n, _ in inspect.getmembers(types.SimpleNamespace(a=1, b=2)) if not n.startswith('_')])
