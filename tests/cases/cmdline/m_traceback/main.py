# An uncaught exception of a module run with -m: runpy's frames show.
# options: -m main
def fail(n):
    return 10 // n

print("about to fail")
fail(0)
