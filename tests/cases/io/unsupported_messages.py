# cwd: tmp
# io.UnsupportedOperation's texts across the classes.
import io

open("f", "w").close()
cases = [
    (lambda: open("f").write("x"), "text write on a reader"),
    (lambda: open("f", "w").read(), "text read on a writer"),
    (lambda: open("f", "rb").write(b"x"), "buffered write on a reader"),
    (lambda: open("f", "wb").read(), "buffered read on a writer"),
    (lambda: open("f", "rb", buffering=0).write(b"x"), "raw write on a reader"),
    (lambda: open("f", "wb", buffering=0).read(), "raw read on a writer"),
    (lambda: io.StringIO().fileno(), "StringIO fileno"),
    (lambda: io.BytesIO().fileno(), "BytesIO fileno"),
    (lambda: io.BufferedRWPair(io.BytesIO(), io.BytesIO()).seek(0), "pair seek"),
    (lambda: io.TextIOWrapper(io.BufferedRWPair(io.BytesIO(), io.BytesIO())).tell(), "text on a pair"),
    (lambda: open("f").truncate(), "text truncate on a reader"),
]
for fn, what in cases:
    try:
        fn()
    except io.UnsupportedOperation as e:
        print(what, "->", e.args, isinstance(e, OSError), isinstance(e, ValueError))
