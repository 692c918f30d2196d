def echo():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
            except ValueError as e:
                print("caught inside:", e)
                received.append("err")
    finally:
        print("closing with", received)

g = echo()
print(next(g))
print(g.send("a"), g.send("b"))
print(g.throw(ValueError("boom")))
print(g.send("c"))
g.close()
print(g.gi_suspended, g.gi_running)
try:
    next(g)
except StopIteration:
    print("exhausted")
