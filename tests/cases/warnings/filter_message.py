# message filters are regular expressions matched at the start, ignoring case
import warnings
warnings.simplefilter("always")
warnings.filterwarnings("ignore", "hel+o")
warnings.filterwarnings("error", "fatal.*now")
warnings.warn("HELLO world")
warnings.warn("say hello")
try:
    warnings.warn("Fatal error now!")
except UserWarning as e:
    print("error:", e)
warnings.warn("fatal later")
print(warnings.filters[:2])
warnings.filterwarnings("ignore", "")
print(warnings.filters[0])
