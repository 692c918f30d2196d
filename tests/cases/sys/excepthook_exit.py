# SystemExit never reaches sys.excepthook; KeyboardInterrupt does.
import sys
sys.excepthook = lambda t, v, tb: print("hook", t.__name__, v)
raise SystemExit(3)
