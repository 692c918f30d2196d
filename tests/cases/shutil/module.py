# The shutil module's names and exception classes.
import shutil
import warnings

print(shutil.__all__)
for name in ("Error", "SameFileError", "SpecialFileError", "ReadError", "RegistryError"):
    cls = getattr(shutil, name)
    print(name, [c.__name__ for c in cls.__mro__], cls.__module__)
e = shutil.Error([("a", "b", "why")])
print(e, e.args, repr(e))
print(shutil.SameFileError("x"), shutil.SpecialFileError("`p` is a named pipe"))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(shutil.ExecError)
    print([(w.category.__name__, str(w.message)) for w in caught])
try:
    shutil.no_such_thing
except AttributeError as e:
    print("AttributeError:", e)
print(callable(shutil.ignore_patterns("*.x")))
