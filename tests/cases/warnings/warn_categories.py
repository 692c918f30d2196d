# the category comes from the argument, a Warning instance, or UserWarning
import warnings
warnings.simplefilter("always")

class MyWarning(UserWarning):
    pass

warnings.warn("plain")
warnings.warn("runtime", RuntimeWarning)
warnings.warn("mine", MyWarning)
warnings.warn(UserWarning("an instance"))
warnings.warn(RuntimeWarning("instance wins"), DeprecationWarning)
warnings.warn(12345)
warnings.warn("future", category=FutureWarning)
for bad in (int, 5, "x", None.__class__, Exception):
    try:
        warnings.warn("bad", bad)
    except TypeError as e:
        print("TypeError:", e)
