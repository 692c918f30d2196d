# skip_file_prefixes: frames whose file starts with a prefix are not counted
import warnings
warnings.simplefilter("always")

def api():
    warnings.warn("from the api", skip_file_prefixes=(__file__,))

def caller():
    api()

caller()
try:
    warnings.warn("x", skip_file_prefixes=["a"])
except TypeError as e:
    print("TypeError:", e)
warnings.warn("no skip", skip_file_prefixes=())
warnings.warn("other prefix", skip_file_prefixes=("/nonexistent",))
