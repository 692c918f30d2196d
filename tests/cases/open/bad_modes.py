# cwd: tmp
# open() refuses bad modes and arguments with CPython's messages.
open("f", "w").close()


def attempt(*args, **kwargs):
    try:
        f = open(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("opened", f)
        f.close()


for m in ("rw", "rr", "q", "bt", "U", "rU", "", "+", "tb", "wx", "r++", "rwb", "xa", "Rb", "r\0"):
    attempt("f", m)
attempt("f", 5)
attempt("f", None)
attempt("f", "rb", encoding="utf-8")
attempt("f", "rb", errors="strict")
attempt("f", "rb", newline="\n")
attempt("f", "wb", newline=None, encoding=None, errors=None)
attempt("f", "w", buffering=0)
attempt("f", "r", encoding=5)
attempt("f", "r", errors=5)
attempt("f", "r", newline=5)
attempt("f", "r", newline="x")
attempt("f", "r", encoding="bogus")
attempt("f", "r", closefd=False)
attempt("f", buffering="x")
attempt("f", buffering=1.5)
attempt("f", bogus=1)
attempt()
attempt("f", "r", -1, None, None, None, True, None, "extra")
