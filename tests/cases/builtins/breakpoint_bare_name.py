# A name without a module is looked up in builtins.
# env: PYTHONBREAKPOINT=repr
print(breakpoint([1, 2]))
try:
    breakpoint(1, 2)
except TypeError as e:
    print("TypeError:", e)
