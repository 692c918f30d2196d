class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def g():
    t = Tracked("local")
    yield 1
    print("still have", t.name)
    yield 2

it = g()
next(it)
print("suspended")
next(it)
print("dropping suspended generator")
it = None
print("---")

def h():
    t = Tracked("finished")
    yield t.name
it = h()
print(list(it))
print("after exhausting")
del it

def args_gen(obj):
    yield obj.name
it = args_gen(Tracked("arg"))
print("created")
it.close()
print("closed")
del it
print("end")
