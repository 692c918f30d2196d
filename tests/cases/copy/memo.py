# copy.deepcopy with an explicit memo dict: reuse, and what the memo holds afterwards.
import copy

m = {}
x = [1, 2]
y = copy.deepcopy(x, m)
print(len(m), m[id(x)] is y, m[id(m)] == [x])
z = copy.deepcopy(x, m)
print(z is y)
m2 = {}
print(copy.deepcopy(5, m2), m2)
print(copy.deepcopy((1, 2), m2), m2)
pre = {id(x): "replaced"}
print(copy.deepcopy([x, x], pre))
class Tracker:
    def __deepcopy__(self, memo):
        print("deepcopy with memo of", type(memo).__name__, len(memo))
        return "tracked"
print(copy.deepcopy([Tracker(), Tracker()]))
