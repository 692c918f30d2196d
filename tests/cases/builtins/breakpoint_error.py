# A hook that raises, a hook replaced by the program, no hook at all.
# env: PYTHONBREAKPOINT=os.listdir
import sys
try:
    breakpoint("/nonexistent-dir-for-breakpoint")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
sys.breakpointhook = lambda *a, **k: print("hook", a, k) or 5
print(breakpoint(1, x=2))
sys.breakpointhook = sys.__breakpointhook__
del sys.breakpointhook
breakpoint()
