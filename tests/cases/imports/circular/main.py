# Circular imports: what CPython allows (a module importing one that is
# still running sees it partly made) and the error it gives for a name
# not defined yet.
import cyc.a
print(cyc.a.done, cyc.b.saw)
import cyc.c
try:
    import cyc.e
except ImportError as e:
    print(type(e).__name__, e.msg.replace(cyc.__path__[0], "<dir>"), e.name)
import sys
print("cyc.e" in sys.modules, "cyc.f" in sys.modules)
