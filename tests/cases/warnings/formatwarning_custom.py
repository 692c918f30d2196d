# a replaced formatwarning makes the text the standard showwarning writes
import warnings
warnings.simplefilter("always")
warnings.formatwarning = lambda message, category, filename, lineno, line=None: (
    "FORMATTED %s|%s|%s|%s|%r\n" % (message, category.__name__, filename.endswith(".py"), lineno, line))
warnings.warn("custom format")
warnings.warn_explicit("explicit", UserWarning, "a.py", 5)
warnings.formatwarning = warnings._formatwarning_orig
warnings.warn("standard again")
