# cwd: tmp
# FileIO refuses bad modes, names and descriptors with CPython's errors.
import _io


def attempt(*args, **kwargs):
    try:
        f = _io.FileIO(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("opened", f.mode)
        f.close()


attempt("missing")
attempt("missing", "r+")
attempt(b"missing")
for mode in ("rw", "q", "rr", "rt", "", "+", "r++", "wa", "xw", "U"):
    attempt("x", mode)
attempt(-1)
attempt(3.5)
attempt(None)
attempt("x", "w", closefd=False)
attempt(".")
attempt(".", "w")
attempt("a\0b", "w")
attempt(b"a\0b", "w")
attempt("x", 5)
