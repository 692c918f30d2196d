# with sys.stderr None or replaced, warnings go there (or nowhere)
import sys, warnings
warnings.simplefilter("always")
saved = sys.stderr
sys.stderr = None
warnings.warn("lost")
sys.stderr = sys.stdout
warnings.warn("on stdout")
sys.stderr = saved
warnings.warn("on stderr")
