# io objects as context managers: __exit__ closes, even on errors, and
# entering a closed object fails.
import io

for make in (lambda: io.BytesIO(b"x"), lambda: io.StringIO("x"),
             lambda: io.BufferedReader(io.BytesIO(b"x")), lambda: io.TextIOWrapper(io.BytesIO(b"x"))):
    obj = make()
    with obj as inside:
        print(type(obj).__name__, inside is obj, obj.closed)
    print(" ", obj.closed)
    try:
        with obj:
            pass
    except ValueError as e:
        print(" ", e)
    obj2 = make()
    try:
        with obj2:
            raise RuntimeError("boom")
    except RuntimeError:
        print("  closed after error:", obj2.closed)
    print(" ", obj2.__exit__(None, None, None))
