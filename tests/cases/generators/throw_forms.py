def g():
    while True:
        try:
            yield "ready"
        except Exception as e:
            print("caught", type(e).__name__, e.args)

it = g()
next(it)
print(it.throw(ValueError("inst")))
print(it.throw(KeyError))
print(it.throw(TypeError("a", 2)))
class MyErr(Exception):
    def __init__(self, *args):
        print("MyErr init", args)
        super().__init__(*args)
print(it.throw(MyErr))
print(it.throw(MyErr("x")))
it.close()

# throw into a not-started generator
def h():
    print("never printed")
    yield 1
it = h()
try:
    it.throw(IndexError("early"))
except IndexError as e:
    print("propagated", e)
print(next(it, "exhausted"))

# throw into exhausted generator
it = h()
list(it)
try:
    it.throw(OSError("late"))
except OSError as e:
    print("late raised", e)

# throw bad type
it = h()
try:
    it.throw(42)
except TypeError as e:
    print("TypeError:", e)
try:
    it.throw(int)
except TypeError as e:
    print("TypeError:", e)
