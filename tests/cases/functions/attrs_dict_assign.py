# Replacing a function's __dict__ wholesale.
def f():
    pass

f.old = 1
f.__dict__ = {"fresh": True}
print(f.fresh, vars(f), hasattr(f, "old"))
for bad in ([], None):
    try:
        f.__dict__ = bad
    except TypeError as e:
        print(e)
try:
    del f.__dict__
except TypeError as e:
    print(e)
