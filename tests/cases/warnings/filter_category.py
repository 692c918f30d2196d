# a filter's category matches its subclasses
import warnings
warnings.resetwarnings()
warnings.simplefilter("always")

class Base(Warning): pass
class Sub(Base): pass
class Other(Warning): pass

warnings.simplefilter("ignore", Base)
warnings.warn("base", Base)
warnings.warn("sub", Sub)
warnings.warn("other", Other)
warnings.filterwarnings("error", category=Sub)
try:
    warnings.warn("sub again", Sub)
except Sub as e:
    print("raised", type(e).__name__, e)
warnings.warn("base again", Base)
