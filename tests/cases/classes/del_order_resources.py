class Res:
    def __init__(self, n):
        self.n = n
        print("open", n)
    def __del__(self):
        print("close", self.n)
def scope():
    r = Res(1)
    print("in scope")
scope()
print("after scope")
a = Res(2)
b = a
del a
print("a deleted")
b = None
print("b cleared")
items = [Res(3), Res(4)]
items.pop()
print("popped")
items.clear()
print("cleared")
