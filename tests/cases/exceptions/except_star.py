def raiser():
    raise ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])

try:
    try:
        raiser()
    except* ValueError as g:
        print("values:", [str(x) for x in g.exceptions])
    except* TypeError as g:
        print("types:", [str(x) for x in g.exceptions])
except ExceptionGroup as rest:
    print("left:", repr(rest))

eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("sub", [TypeError(2), ValueError(3)])])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
d = eg.derive([KeyError("x")])
print(repr(d), type(d).__name__)
try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print(e)
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
