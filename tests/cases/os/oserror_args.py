# The args of an OSError raised from errno: with no file name, one, and two.
# cwd: tmp
import os

def show(f, *a):
    try:
        f(*a)
    except OSError as e:
        print(type(e).__name__, e.args, e.filename, e.filename2, e)

show(os.read, 999, 1)
show(os.stat, "missing")
show(os.rename, "missing", "other")
show(open, "missing")
show(os.close, 999)
