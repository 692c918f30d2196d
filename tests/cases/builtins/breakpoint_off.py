# PYTHONBREAKPOINT=0 turns breakpoint() into nothing.
# env: PYTHONBREAKPOINT=0
import sys
print(breakpoint(), breakpoint(1, x=2))
print(sys.breakpointhook(), sys.breakpointhook is sys.__breakpointhook__)
print(sys.breakpointhook.__text_signature__, repr(sys.breakpointhook.__doc__), breakpoint.__text_signature__)
