# ModuleSpec's repr, equality and cached; module_from_spec and the attributes it sets; _exec's errors.
import importlib.machinery as machinery
import importlib.util as util
import sys

s = machinery.ModuleSpec('pkg.mod', None, origin='/x/pkg/mod.py')
print(s, s.parent, s.cached, s.has_location)
s.has_location = 1
print(s.has_location, s.cached)
s.cached = 'elsewhere'
print(s.cached, sorted(vars(s)))
p = machinery.ModuleSpec('pkg', None, is_package=True)
print(p, p.parent, p.submodule_search_locations)
print(s == machinery.ModuleSpec('pkg.mod', None, origin='/x/pkg/mod.py'), s == 3, p == p)


class Loader:
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.ran = True


spec = util.spec_from_loader('cipy_made_here', Loader(), origin='somewhere')
m = util.module_from_spec(spec)
print(m.__name__, m.__package__, m.__spec__ is spec, type(m.__loader__).__name__, hasattr(m, '__file__'))


class ExecOnly:
    def exec_module(self, module):
        pass


try:
    util.module_from_spec(util.spec_from_loader('cipy_exec_only', ExecOnly()))
except ImportError as exc:
    print('ImportError', exc)
ns = machinery.ModuleSpec('cipy_ns', None, is_package=True)
ns.submodule_search_locations.append('/nowhere')
nsm = util.module_from_spec(ns)
print(type(nsm.__loader__).__name__, nsm.__file__, list(nsm.__path__), ns.loader is nsm.__loader__)
import importlib._bootstrap as bootstrap
try:
    bootstrap._exec(spec, m)
except ImportError as exc:
    print('ImportError', exc)
sys.modules['cipy_made_here'] = m
print(bootstrap._exec(spec, m) is m, m.ran)
for args in ((1, None, 0), ('x', None, -1), ('x', 3, 1), ('x', '', 1), ('', None, 0), ('x', 'a', 2)):
    try:
        bootstrap._gcd_import(*args)
    except (TypeError, ValueError, ImportError) as exc:
        print(type(exc).__name__, exc)
print(bootstrap._resolve_name('c', 'a.b', 1), bootstrap._resolve_name('', 'a.b', 2))
