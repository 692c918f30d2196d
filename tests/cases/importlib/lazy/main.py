# importlib.util.LazyLoader: the module's code runs on the first use of
# one of its attributes.
import importlib.util
import sys

spec = importlib.util.find_spec("lazymod")
loader = importlib.util.LazyLoader(spec.loader)
spec.loader = loader
module = importlib.util.module_from_spec(spec)
sys.modules["lazymod"] = module
loader.exec_module(module)
print("made", type(module).__name__)
module.given = "set before loading"
print(module.VALUE)
print(type(module).__name__, module.given, module.__spec__.loader is loader.loader)
print("lazymod" in sys.modules, sys.modules["lazymod"] is module)
try:
    importlib.util.LazyLoader(object())
except TypeError as e:
    print(e)
make = importlib.util.LazyLoader.factory(type(spec.loader.loader if hasattr(spec.loader, "loader") else spec.loader))
print(type(make("x", "y")).__name__)
spec2 = importlib.util.find_spec("lazydel")
spec2.loader = importlib.util.LazyLoader(spec2.loader)
m2 = importlib.util.module_from_spec(spec2)
sys.modules["lazydel"] = m2
spec2.loader.exec_module(m2)
del m2.DROP
print(type(m2).__name__, hasattr(m2, "DROP"), m2.KEEP)
