# cwd: tmp
# rmtree's errors, and what onexc, onerror and ignore_errors are given.
import os
import shutil


def onexc(func, path, exc):
    print("onexc", func.__name__, path, type(exc).__name__, exc)


def onerror(func, path, exc_info):
    print("onerror", func.__name__, path, exc_info[0].__name__, exc_info[1] is not None,
          exc_info[2] is not None)


def attempt(*args, **kwargs):
    try:
        print(repr(shutil.rmtree(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


attempt("missing")
attempt("missing", onexc=onexc)
attempt("missing", onerror=onerror)
attempt("missing", ignore_errors=True)
attempt("missing", onerror=onerror, onexc=onexc)

open("file", "w").close()
attempt("file")
attempt("file", onexc=onexc)
print(os.path.exists("file"))

os.mkdir("dir")
os.symlink("dir", "link")
attempt("link")
attempt("link", onexc=onexc)
attempt("link", ignore_errors=True)
print(os.path.exists("dir"), os.path.islink("link"))
try:
    shutil.rmtree("link")
except OSError as e:
    print(e.args, e.errno, e.strerror, e.filename)

attempt(5)
attempt(None)
attempt("dir", dir_fd=99)
attempt("dir", dir_fd=99, onexc=onexc)


# a handler that raises its own exception
def strict(func, path, exc):
    raise ValueError(f"{func.__name__} failed on {path}")


attempt("missing", onexc=strict)
print(sorted(os.listdir(".")))
