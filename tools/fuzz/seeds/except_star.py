def fail():
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])


try:
    fail()
except* ValueError as eg:
    print("values", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types", eg.exceptions)
except* KeyError:
    print("keys")

try:
    try:
        fail()
    except* (ValueError, TypeError):
        print("first two")
except ExceptionGroup as rest:
    print("rest", rest.exceptions)

eg = ExceptionGroup("g", [ValueError("a"), ExceptionGroup("h", [TypeError("b")])])
match, rest = eg.split(TypeError)
print(match, rest, eg.subgroup(ValueError))
