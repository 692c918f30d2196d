# A package tree run as `python -m main` from its root: nested packages,
# relative imports two levels up, a namespace package, a data file read
# through importlib.resources.
# options: -m main
# args: one --two
import sys
import importlib.resources

from app.sub import leaf
from nsp.part import thing

print(__name__, __spec__.name, __package__ == "")
print(sys.argv[1:], sys.argv[0] == __file__)
print(leaf.describe())
print(thing.VALUE, thing.__package__, type(sys.modules["nsp"].__path__).__name__)
data = importlib.resources.files("app") / "data" / "greeting.txt"
print(data.name, data.is_file(), data.is_dir())
print(data.read_text(encoding="utf-8"), end="")
print(importlib.resources.files("app").joinpath("data").is_dir())
print(sorted(p.name for p in (importlib.resources.files("app") / "data").iterdir()))
print(importlib.resources.read_binary("app.data", "greeting.txt"))
print(sys.modules["app.sub"].__spec__.parent, leaf.__spec__.name)
