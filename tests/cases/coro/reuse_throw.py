async def f():
    return "v"

c = f()
try:
    c.send(None)
except StopIteration as e:
    print("first", e.value)
try:
    c.throw(ValueError("x"))
except RuntimeError as e:
    print("RuntimeError:", e)
except ValueError as e:
    print("ValueError", e)

c = f()
c.close()
try:
    c.throw(ValueError("y"))
except RuntimeError as e:
    print("RuntimeError:", e)
except ValueError as e:
    print("ValueError", e)
