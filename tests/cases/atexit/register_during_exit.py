# A handler that registers or unregisters others while the handlers run
# at exit: the list was taken, so neither changes this run.
import atexit


def late():
    print("late handler")


def registers():
    print("registers late")
    atexit.register(late)
    print("count now", atexit._ncallbacks())


def unregisters():
    print("unregisters second")
    atexit.unregister(second)


def second():
    print("second still runs")


atexit.register(second)
atexit.register(registers)
atexit.register(unregisters)
print("main")
