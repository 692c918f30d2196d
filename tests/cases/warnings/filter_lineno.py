# lineno filters match one line of a module
import warnings
warnings.simplefilter("always")
warnings.filterwarnings("ignore", lineno=7)
warnings.filterwarnings("error", lineno=9)
warnings.warn("line 6")
warnings.warn("line 7")
try:
    warnings.warn("line 9")
except UserWarning as e:
    print("error:", e)
