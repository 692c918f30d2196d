import inspect, sys, os
def f(): pass
print(inspect.getmodule(f.__code__), inspect.getmodule(sys._getframe()) is None)
print(os.path.basename(inspect.getsourcefile(sys._getframe()) or 'None'), os.path.basename(inspect.getsourcefile(f.__code__)))
print(inspect.getmodule(os.path))
print(inspect.getmodule(print), inspect.getmodule(object()))
