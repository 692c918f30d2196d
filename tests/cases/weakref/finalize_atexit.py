# Finalizers still alive at exit run, newest first, unless atexit is off
import weakref


class Res:
    def __init__(self, name):
        self.name = name


keep = [Res(n) for n in "abcd"]
for r in keep:
    weakref.finalize(r, print, "exit finalizer", r.name)
weakref.finalize(keep[1], print, "second for b")
quiet = weakref.finalize(keep[2], print, "never printed")
quiet.atexit = False
print(quiet.atexit)
gone = Res("gone")
weakref.finalize(gone, print, "gone at del")
del gone
print("end of program")
