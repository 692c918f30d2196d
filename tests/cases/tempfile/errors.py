# cwd: tmp
# The errors of the low-level functions: mixed types, missing directories.
import os
import tempfile


def attempt(f, *args, **kwargs):
    try:
        result = f(*args, **kwargs)
    except Exception as e:
        filename = getattr(e, "filename", None)
        if isinstance(filename, (str, bytes)):
            filename = os.path.relpath(filename, os.fsencode(os.getcwd()) if isinstance(filename, bytes) else os.getcwd())
            filename = os.path.dirname(filename)
        print(type(e).__name__, e.args if not isinstance(e, OSError) else (e.errno, e.strerror), filename)
    else:
        print("ok", type(result).__name__)
        return result


attempt(tempfile.mkstemp, prefix=b"a", suffix="b")
attempt(tempfile.mkstemp, prefix="a", dir=b".")
attempt(tempfile.mkdtemp, suffix=b"x", dir=".")
attempt(tempfile.NamedTemporaryFile, prefix=b"p", dir=".")
attempt(tempfile.mkstemp, dir="missing")
attempt(tempfile.mkdtemp, dir="missing")
attempt(tempfile.mkstemp, dir=b"missing")
attempt(tempfile.NamedTemporaryFile, dir="missing")
attempt(tempfile.TemporaryFile, dir="missing")
attempt(tempfile.TemporaryDirectory, dir="missing")
attempt(tempfile.SpooledTemporaryFile, mode="r+", max_size=1)
open("afile", "w").close()
attempt(tempfile.mkstemp, dir="afile")
attempt(tempfile.mkdtemp, dir="afile")
attempt(tempfile.mkstemp, 1)
attempt(tempfile.NamedTemporaryFile, mode="q", dir=".")
print(sorted(os.listdir(".")))
attempt(tempfile.mktemp, dir="missing")
attempt(tempfile.TemporaryDirectory, dir=".", bogus=1)
attempt(tempfile.mkstemp, dir=".", text=True, extra=1)
