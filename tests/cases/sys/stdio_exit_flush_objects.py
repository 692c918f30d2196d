# As the program ends, sys.stdout and sys.stderr are flushed whatever
# objects they are (once as the script returns, once at exit), unless their
# `closed` is true; a `closed` that cannot be read counts as open.
import sys


class Shown:
    def __init__(self, name):
        self.name = name

    def write(self, s):
        return sys.__stdout__.write(s)

    def flush(self):
        sys.__stdout__.write(f"{self.name} flushed\n")


class Closed(Shown):
    closed = True


class Unknown(Shown):
    @property
    def closed(self):
        raise RuntimeError("no closed")


sys.stdout = Unknown("stdout")
sys.stderr = Closed("stderr")
print("printed")
