# options: -m main
# A compiled package tree run with -m from its root: nested packages,
# relative imports one and two levels up, a namespace package, and a data
# file read through importlib.resources.
import sys

import app
from app.core.deep import engine
import plugins.extra.hello as hello

print(__name__, __spec__.name, __package__ == '', app.__name__, app.__package__)
print(engine.describe())
print(hello.greet(), type(plugins := sys.modules['plugins']).__name__, plugins.__file__,
      list(plugins.__path__)[0].endswith('plugins'))
print(app.read_data().splitlines())
print(sorted(name for name in sys.modules if name.startswith(('app', 'plugins'))))
