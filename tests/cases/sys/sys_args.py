# Argument checking of the sys module's functions, with CPython's messages,
# __text_signature__ and first __doc__ line.
# lib: argprobe
from argprobe import attempt, probe

import sys

for name in ["_getframe", "_getframemodulename", "exit", "getrecursionlimit", "setrecursionlimit",
             "get_int_max_str_digits", "set_int_max_str_digits", "exception", "exc_info", "intern",
             "getdefaultencoding", "getfilesystemencoding", "getfilesystemencodeerrors", "getrefcount",
             "is_finalizing", "getswitchinterval", "settrace", "setprofile", "gettrace", "getprofile", "audit",
             "addaudithook"]:
    f = getattr(sys, name)
    doc = f.__doc__
    print(name, f.__text_signature__, repr(doc.partition("\n")[0] if doc else doc))
    if name in ("exit", "settrace", "setprofile", "addaudithook"):
        continue
    probe("sys." + name, f)
attempt("exit many", sys.exit, 1, 2)
attempt("exit kw", sys.exit, status=1)
attempt("getsizeof none", sys.getsizeof)
attempt("getsizeof many", sys.getsizeof, 1, 2, 3)
attempt("getsizeof kw", sys.getsizeof, 1, bogus=2)
attempt("audit str", sys.audit, 5)
attempt("settrace many", sys.settrace, None, None)
attempt("addaudithook none", sys.addaudithook)
print(sys._getframemodulename(depth=0), sys._getframe(0).f_code.co_name, sys.getsizeof(object=1) > 0)
