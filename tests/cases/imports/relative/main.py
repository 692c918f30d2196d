# Relative imports at every depth, from files: from . import, from ..x
# import y, from ... import, and the errors beyond the top package.
import top.mid.low.deep
print(top.mid.low.deep.results)
from top.side import helper
print(helper.who)
import top
print(sorted(k for k in vars(top) if not k.startswith("__")))
try:
    import top.mid.low.beyond
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from top import missing_name
except ImportError as e:
    print(type(e).__name__, e.msg.replace(top.__file__, "<file>"), e.name)
try:
    import top.mid.nosuch
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import top.side.helper.x
except ImportError as e:
    print(type(e).__name__, e, e.name)
