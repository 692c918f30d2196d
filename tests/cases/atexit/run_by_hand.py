# _run_exitfuncs reports errors with the running line, and handlers
# registered while the handlers run wait for the end of the program.
import atexit


def registers_more():
    print("registers_more")
    atexit.register(print, "registered during a run")


atexit.register(print, end=5)
atexit.register(registers_more)
atexit._run_exitfuncs()
print("after", atexit._ncallbacks())
