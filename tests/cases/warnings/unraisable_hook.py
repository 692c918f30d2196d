# options: -W error::RuntimeWarning
# the errors warnings become where they cannot be raised reach sys.unraisablehook
import sys, warnings

def hook(u):
    print("hook:", u.exc_type.__name__, "|", u.exc_value, "|", u.err_msg, "|", u.object)

sys.unraisablehook = hook

async def job():
    pass

job()

class Holder:
    def __del__(self):
        warnings.warn("from __del__", RuntimeWarning)

Holder()
print("end")
