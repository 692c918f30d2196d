# A traceback keeps the frames it passed through, and their variables,
# alive until the exception goes away.
class Noisy:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)

def fail(tag):
    obj = Noisy(tag)
    raise ValueError(tag)

try:
    fail("first")
except ValueError:
    print("handling first")
print("after first")

saved = None
try:
    fail("second")
except ValueError as e:
    saved = e
print("after second, still saved")
saved = None
print("dropped second")

def catches():
    try:
        fail("third")
    except ValueError as e:
        return e
err = catches()
print("returned", err)
del err
print("deleted third")

def nested():
    keep = Noisy("nested-local")
    try:
        fail("inner")
    except ValueError:
        print("nested handler")
    print("nested end")
nested()
print("done")
