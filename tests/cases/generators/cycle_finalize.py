# suspended generators kept by cycles are closed when the collector frees them (here at exit)
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")
a = agen()
try:
    a.asend(None).send(None)
except StopIteration as e:
    print("got", e.value)
box = [a]; box.append(box)
del a, box
def gen():
    try:
        yield 1
    finally:
        print("gen finally")
g = gen(); next(g)
box2 = [g]; box2.append(box2)
del g, box2
print("end")
