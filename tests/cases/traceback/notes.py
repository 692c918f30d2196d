import traceback

e = ValueError("with notes")
e.add_note("first")
e.add_note("multi\nline")
print(traceback.format_exception_only(e))
e.__notes__ = "a string"
print(traceback.format_exception_only(e))
e.__notes__ = ("t1", 2)
print(traceback.format_exception_only(e))
e.__notes__ = 42
print(traceback.format_exception_only(e))
class BadNote:
    def __str__(self):
        raise ValueError
e.__notes__ = [BadNote()]
print(traceback.format_exception_only(e))
class Broken(Exception):
    @property
    def __notes__(self):
        raise KeyError("gone")
print(traceback.format_exception_only(Broken("b")))
te = traceback.TracebackException.from_exception(Broken("b"))
print(te.__notes__)
