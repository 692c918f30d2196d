# PYTHONBREAKPOINT names the function breakpoint() calls, with its arguments.
# env: PYTHONBREAKPOINT=builtins.print
print(breakpoint(1, 2, sep="-"))
breakpoint("no", "args", end="!\n")
