# InspectLoader / ExecutionLoader compile get_source() into the module's code.
import importlib.abc
import importlib.util
import sys

class Inspecting(importlib.abc.InspectLoader):
    sources = {'srcmod': 'X = 6 * 7\ndef twice(n):\n    return 2 * n\n', 'broken': 'x = = 1\n'}
    def get_source(self, fullname):
        if fullname not in self.sources:
            raise ImportError(fullname)
        return self.sources[fullname]
    def is_package(self, fullname):
        return False

class Executing(importlib.abc.ExecutionLoader):
    def get_source(self, fullname):
        return 'import sys\nWHERE = __file__ if "__file__" in dir() else None\nVALUE = [i * i for i in range(4)]\n'
    def get_filename(self, fullname):
        return '/nowhere/' + fullname + '.py'
    def is_package(self, fullname):
        return False

class NoSource(importlib.abc.InspectLoader):
    def get_source(self, fullname):
        return None

loader = Inspecting()
code = loader.get_code('srcmod')
print(type(code).__name__, code.co_filename, code.co_name)
spec = importlib.util.spec_from_loader('srcmod', loader)
mod = importlib.util.module_from_spec(spec)
loader.exec_module(mod)
print(mod.X, mod.twice(21))
try:
    loader.get_code('broken')
except SyntaxError as e:
    print('SyntaxError', e.msg, e.filename, e.lineno)
try:
    loader.get_code('absent')
except ImportError as e:
    print('ImportError', e)

print(NoSource().get_code('x'))
ex = Executing()
code = ex.get_code('exmod')
print(code.co_filename)
ns = {}
exec(code, ns)
print(ns['VALUE'])
print(importlib.abc.InspectLoader.source_to_code('y = 1').co_filename)
print(importlib.abc.InspectLoader.source_to_code(b'y = 1', 'p.py').co_filename)
