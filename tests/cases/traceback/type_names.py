import traceback
class M(Exception): pass
M.__module__ = 5
for e in (M("x"), ValueError("v")):
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type_str, te.exc_type_qualname, te.exc_type_module)
te = traceback.TracebackException(None, None, None)
print(te.exc_type_str, te.exc_type_qualname, te.exc_type_module, list(te.format()))
