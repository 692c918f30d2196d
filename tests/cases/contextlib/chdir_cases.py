# chdir: change and restore the working directory, reentrant
import os, tempfile
from contextlib import chdir

start = os.getcwd()
with tempfile.TemporaryDirectory() as d:
    sub = os.path.join(d, "sub")
    os.mkdir(sub)
    real_d = os.path.realpath(d)
    with chdir(d) as got:
        print(got, os.getcwd() == real_d)
        with chdir("sub"):
            print(os.getcwd() == os.path.join(real_d, "sub"))
        print(os.getcwd() == real_d)
    print(os.getcwd() == start)

    c = chdir(sub)
    print(c.path == sub)
    with c:
        with c:
            print(os.getcwd() == os.path.realpath(sub))
        print(os.getcwd() == os.path.realpath(sub))
    print(os.getcwd() == start)

    try:
        with chdir(os.path.join(d, "missing")):
            print("never")
    except FileNotFoundError as e:
        print("FileNotFoundError", e.strerror)
    print(os.getcwd() == start)
    try:
        with chdir(d):
            raise KeyError
    except KeyError:
        print("restored after error", os.getcwd() == start)
print(chdir.__doc__)
