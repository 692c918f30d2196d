# CHECK_EG_MATCH, CALL_INTRINSIC_2 (INTRINSIC_PREP_RERAISE_STAR): except*.
def raise_group():
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])

try:
    raise_group()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])

try:
    try:
        raise_group()
    except* ValueError:
        print("handled the values")
except ExceptionGroup as rest:
    print("left over:", rest.message, [str(e) for e in rest.exceptions])

try:
    raise KeyError("naked")
except* KeyError as eg:
    print(type(eg).__name__, [repr(e) for e in eg.exceptions])
