# A hook that is not callable.
import sys
sys.excepthook = None
raise LookupError("hook is None")
