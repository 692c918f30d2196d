# suppress splits exception groups
from contextlib import suppress

def show(e, indent=""):
    print(indent + repr(e))
    for sub in getattr(e, "exceptions", ()):
        show(sub, indent + "  ")

with suppress(KeyError):
    raise ExceptionGroup("all keys", [KeyError(1), KeyError(2)])
print("whole group suppressed")

G = ExceptionGroup("mixed", [KeyError(1), ValueError(2),
                             ExceptionGroup("nested", [KeyError(3), TypeError(4)])])
try:
    with suppress(KeyError):
        raise G
except ExceptionGroup as e:
    show(e)
    print(e is G, e.__context__ is G, e.__cause__, e.__traceback__ is not None)
    print(e.message, e.__notes__ if hasattr(e, "__notes__") else None)

with suppress(ExceptionGroup):
    raise ExceptionGroup("g", [OSError()])
print("ExceptionGroup itself")

with suppress(Exception):
    raise ExceptionGroup("g", [OSError()])
print("Exception matches the group")

try:
    with suppress(KeyError):
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), KeyError()])
except BaseExceptionGroup as e:
    show(e)

try:
    with suppress(ValueError):
        raise ExceptionGroup("none match", [KeyError(0)])
except ExceptionGroup as e:
    show(e)
    print(e.__context__ is not None)
