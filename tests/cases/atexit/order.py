# Handlers run last registered first, with their arguments, after the
# program's own output and before the objects of __main__ die.
import atexit


def show(*args, **kwargs):
    print("show", args, sorted(kwargs.items()))


class Noisy:
    def __del__(self):
        print("__del__ of a global")


keep = Noisy()
atexit.register(show, 1, 2, x=3)
atexit.register(show)
print(atexit.register(show, "third") is show)
atexit.register(print, "print", "with", "sep", sep="-")
atexit.register(lambda: print("lambda, keep is", type(keep).__name__))
print(atexit._ncallbacks())
print("main ends")
