async def f():
    return "v"

c = f()
try:
    c.send(None)
except StopIteration as e:
    print("first", e.value)
for i in range(2):
    try:
        c.send(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
print(repr(c.close()))

c = f()
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

c = f()
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
c.close()

c = f()
try:
    next(c)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(c)
except TypeError as e:
    print("TypeError:", e)
c.close()
