def g(tag):
    try:
        print(tag, "start")
        yield 1
        yield 2
    finally:
        print(tag, "finally")

a = g("del")
next(a)
print("before del")
del a
print("after del")

b = g("reassign")
next(b)
print("before reassign")
b = g("second")
print("after reassign")
next(b)

for x in g("loop"):
    print("loop got", x)
    break
print("after break")

def use():
    it = g("local")
    next(it)
    print("returning")
    return "ret"
print(use())
print("after use")

# never started: no finally output
c = g("unstarted")
del c
print("unstarted dropped")

# finished: finally already ran
d = g("finished")
print(list(d))
del d
print("finished dropped")
b = None
print("end")
