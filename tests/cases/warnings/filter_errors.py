# filterwarnings() and simplefilter() check their arguments
import warnings

def attempt(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
        print("ok")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

attempt(warnings.filterwarnings, "bogus")
attempt(warnings.filterwarnings, "ignore", message=1)
attempt(warnings.filterwarnings, "ignore", category=int)
attempt(warnings.filterwarnings, "ignore", category="UserWarning")
attempt(warnings.filterwarnings, "ignore", lineno=-1)
attempt(warnings.filterwarnings, "ignore", lineno="3")
attempt(warnings.filterwarnings, "ignore", module=3)
attempt(warnings.simplefilter, "bogus")
attempt(warnings.simplefilter, "ignore", lineno="x")
attempt(warnings.simplefilter, "ignore", lineno=-2)
attempt(warnings.simplefilter, "e")
