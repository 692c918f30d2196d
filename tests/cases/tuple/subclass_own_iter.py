# A tuple or list subclass with an __iter__ of its own is iterated through
# it by list(), tuple(), list.extend() and unpacking; one without keeps
# its items as they are.
class Extra(tuple):
    def __iter__(self):
        yield from tuple.__iter__(self)
        yield "extra"


class Rev(list):
    def __iter__(self):
        return reversed(list(list.__iter__(self)))


class Plain(tuple):
    pass


e = Extra((1, 2))
print(list(e), tuple(e), len(e), [*e], sorted(e, key=str))
r = Rev([1, 2, 3])
print(list(r), tuple(r), [*r], set(r) == {1, 2, 3})
l = [0]
l.extend(e)
l.extend(r)
l += e
print(l)
print(list(Plain((4, 5))), tuple(Plain((4, 5))), type(tuple(Plain((4, 5)))).__name__)
a, b, c = e
print(a, b, c)
print(tuple([1, 2]), tuple(Rev([7, 8])))
