class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("del", self.name, "other is", self.other.name if self.other else None)
a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("cycle unreachable, still alive until gc")
c = Node("c")
c.other = c
del c
print("end")
