# options: -W error::argprobe.NoSuchWarning
# lib: argprobe
# -W looks categories up in modules on PYTHONPATH, at start-up
import sys, warnings
print("argprobe" in sys.modules, warnings.filters[0])
