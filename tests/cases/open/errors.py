# cwd: tmp
# What open() raises when the operating system refuses.
import _io


def attempt(*args, **kwargs):
    try:
        f = open(*args, **kwargs)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, repr(e.filename), "|", e)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("opened", f)
        f.close()


attempt("missing")
attempt("missing", "r+")
attempt(b"missing")
attempt("no/such/dir/file", "w")
attempt(".")
attempt(".", "w")
attempt("", "r")
attempt("a\0b")
attempt(3.0)
attempt(None)
attempt([])
open("exists", "w").close()
attempt("exists", "x")
attempt("exists/below")
attempt(99999)
attempt(-3)
try:
    open("missing")
except FileNotFoundError:
    print("caught as FileNotFoundError")
try:
    open(".", "w")
except IsADirectoryError as e:
    print("caught", e.args)
