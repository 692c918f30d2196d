def gen(name):
    try:
        for i in range(10):
            yield i
    finally:
        print("finally", name)

for x in gen("loop"):
    if x == 2:
        break
print("after loop")
g = gen("del")
next(g)
del g
print("after del")
g = gen("rebind")
next(g)
g = None
print("after rebind")
def use():
    h = gen("local")
    next(h)
    print("returning")
use()
print("done")
