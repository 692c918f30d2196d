# sum, min, max, all, any over exact lists and tuples (read by index), over
# subclasses and iterators, and over lists that change while being read.

print(sum([1, 2, 3]), sum((1, 2, 3)), sum([]), sum(()), sum([1.5, 2]), sum((1, 2.5)))
print(sum([1, 2], 10), sum([[1], [2]], []), sum(((1,), (2,)), ()))
print(sum([2**62, 2**62]), sum([-2**63, -1]), sum([10**30, 1]), sum([True, True, 3]))
print(sum([1, 2.0, 3j]), sum([0.1] * 10), sum([1e308, 1e308, -1e308]))
print(min([3, 1, 2]), max((3, 1, 2)), min("bca"), max(range(5)), min(iter([4, 2, 8])))
print(min(3, 1, 2), max(3, 1, 2), min(1, 2), max(1, 2), max(2, 1), min(2, 2.0), max(2, 2.0))
print(min([], default="d"), max((), default=None), min([5], default=0))
print(max(["a", "bbb", "cc"], key=len), min(("a", "bbb", "cc"), key=len), max(1, -3, 2, key=abs))
print(all([1, 1]), all((1, 0)), any([0, 0]), any((0, 2)), all([]), any(()), all(iter([1, 0])))

class L(list):
    def __iter__(self):
        print("L.__iter__")
        return super().__iter__()

class T(tuple):
    def __iter__(self):
        print("T.__iter__")
        return iter(list(super().__iter__())[::-1])

print(sum(L([1, 2])), min(L([3, 1])), max(T((1, 5, 2))), all(L([1])), any(T((0,))))
print(min(T((1, 2, 3))), max(T((1, 2, 3)), key=lambda x: -x))

# a key function that grows the list: the new items are seen, as with the
# list iterator
items = [1, 2, 3]
def grow(x):
    if len(items) < 6:
        items.append(x * 10)
    return x
print(max(items, key=grow), items)

# a comparison that empties the list
class Shrink:
    def __init__(self, v, owner):
        self.v = v
        self.owner = owner
    def __lt__(self, other):
        self.owner.clear()
        return self.v < other.v
    def __gt__(self, other):
        self.owner.clear()
        return self.v > other.v
    def __repr__(self):
        return f"Shrink({self.v})"
lst = []
lst.extend(Shrink(v, lst) for v in (5, 1, 7))
print(min(lst), lst)
lst = []
lst.extend(Shrink(v, lst) for v in (5, 9, 7))
print(max(lst), lst)

# all/any with truth testing that mutates the list
flags = [1, 1, 1]
class Truthy:
    def __bool__(self):
        flags.append(0)
        return True
flags.insert(0, Truthy())
print(all(flags), len(flags))

# errors part-way
def boom():
    yield 1
    raise ValueError("from the generator")
for f in (sum, min, max, all, any):
    try:
        f(boom())
    except ValueError as e:
        print(f.__name__, "raised", e)
try:
    sum([1, "a"])
except TypeError as e:
    print(e)
try:
    min([1, "a"])
except TypeError as e:
    print(e)
try:
    max((1, None))
except TypeError as e:
    print(e)
try:
    max(1, None)
except TypeError as e:
    print(e)
try:
    min(None, 1)
except TypeError as e:
    print(e)
