import traceback

class Custom(Exception):
    pass

class NoStr(Exception):
    def __str__(self):
        raise RuntimeError("nope")

class Outer:
    class Inner(Exception):
        pass

for exc in (ValueError(), ValueError("x"), Custom("c"), NoStr(), Outer.Inner("i"),
            KeyError("k"), OSError(2, "No such file"), SystemExit(3), StopIteration(7)):
    print(traceback.format_exception_only(exc))
print(traceback.format_exception_only(ValueError, ValueError("old")))
