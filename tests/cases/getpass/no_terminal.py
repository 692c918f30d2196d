# getpass without a terminal: /dev/tty cannot be opened (made to fail
# here), and stdin is /dev/null or a file without a descriptor; the
# password is then read as plain input, after a warning.
import getpass
import io
import os
import sys
import warnings

real_open = os.open


def no_tty(path, flags, *args):
    if path == "/dev/tty":
        raise OSError(6, "No such device or address", path)
    return real_open(path, flags, *args)


os.open = no_tty
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    out = io.StringIO()
    try:
        getpass.getpass("Password: ", out)     # stdin is /dev/null: end of file
    except EOFError:
        print("EOFError", repr(out.getvalue()))
    sys.stdin = io.StringIO("s3cret\nother\n")
    out = io.StringIO()
    print(repr(getpass.getpass("Password: ", out)), repr(out.getvalue()))
    out = io.StringIO()
    print(repr(getpass.getpass("PIN: ", out, echo_char="*")), repr(out.getvalue()))
for w in caught:
    print(w.category.__name__, w.message)


class BadFileno(io.StringIO):
    def fileno(self):
        raise ValueError("no descriptor")


sys.stdin = BadFileno("from a file\n")
with warnings.catch_warnings(record=True) as caught:
    print(repr(getpass.getpass("P: ", io.StringIO())), len(caught))
del sys.stdin
with warnings.catch_warnings(record=True) as caught:
    try:
        getpass.getpass("P: ", io.StringIO())
    except AttributeError as e:
        print("AttributeError", e, len(caught))
sys.stdin = io.StringIO("plain\n")
saved_err = sys.stderr
sys.stderr = io.StringIO()
with warnings.catch_warnings(record=True):
    print(repr(getpass.getpass()))
text = sys.stderr.getvalue()
sys.stderr = saved_err
print(repr(text))
