# copy.deepcopy of self-referencing structures keeps their shape.
import copy

a = [1]
a.append(a)
b = copy.deepcopy(a)
print(b is not a, b[1] is b, b[0])
d = {}
d["self"] = d
dd = copy.deepcopy(d)
print(dd["self"] is dd, dd is not d)
class Node:
    def __init__(self, name): self.name, self.next = name, None
x, y = Node("x"), Node("y")
x.next, y.next = y, x
cx = copy.deepcopy(x)
print(cx.name, cx.next.name, cx.next.next is cx, cx is not x)
t = ([],)
t[0].append(t)
ct = copy.deepcopy(t)
print(ct[0][0] is ct, ct is not t)
print(repr(copy.deepcopy(a)))
