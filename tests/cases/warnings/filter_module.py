# module filters match the module's __name__ (a regex from its start)
import warnings
warnings.simplefilter("always")
warnings.filterwarnings("ignore", module="__ma")
warnings.warn("ignored: module starts with __ma")
warnings.filterwarnings("error", module="__main__$")
try:
    warnings.warn("error for __main__")
except UserWarning as e:
    print("error:", e)
warnings.resetwarnings()
warnings.filterwarnings("error", module="other")
warnings.warn("shown: not the module 'other'")
warnings.warn_explicit("explicit module", UserWarning, "x.py", 1, module="other.sub")
