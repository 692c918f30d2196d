# try / except / else / finally: flow through every branch.
def f(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print("  caught zero")
        return "zero"
    else:
        print("  no error, r =", r)
        return r
    finally:
        print("  finally for", x)

print(f(2))
print(f(0))

def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("  body", i)
        finally:
            print("  finally", i)
    return "done"

print(g())
try:
    [][0]
except (KeyError, IndexError) as e:
    print("tuple of types:", type(e).__name__, e)
try:
    {}["k"]
except LookupError as e:
    print("base class:", type(e).__name__, e)
try:
    int("x")
except Exception as e:
    print("Exception:", repr(e))
try:
    try:
        1 / 0
    finally:
        print("inner finally")
except ZeroDivisionError:
    print("outer caught")
