# the arguments of warn() and warn_explicit(), as built-in functions take them
import warnings
warnings.simplefilter("always")

def attempt(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
        print("ok")
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(warnings.warn)
attempt(warnings.warn, "x", UserWarning, 1, None, 5)
attempt(warnings.warn, message="by keyword", category=RuntimeWarning)
attempt(warnings.warn, "x", stacklevel="2")
attempt(warnings.warn, "x", stacklevel=2**70)
attempt(warnings.warn, "x", bogus=1)
attempt(warnings.warn, "x", skip_file_prefixes=("a", "b"))
attempt(warnings.warn_explicit)
attempt(warnings.warn_explicit, "x", UserWarning, "f.py")
attempt(warnings.warn_explicit, "x", UserWarning, "f.py", 1, None, None, None, None, 9)
attempt(warnings.warn_explicit, message="kw", category=UserWarning, filename="k.py", lineno=4)
attempt(warnings.warn_explicit, "x", UserWarning, "f.py", 2**70)
print(warnings.warn.__name__, warnings.warn_explicit.__name__, warnings.warn.__module__)
print(warnings.warn.__text_signature__)
print(warnings.warn_explicit.__text_signature__)
