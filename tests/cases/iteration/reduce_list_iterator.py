# list_iterator and list_reverseiterator: __reduce__ at the start, midway,
# finished, over a list that shrank; __setstate__ clamps and revives.
# lib: itershape
from itershape import show, attempt, drain

data = [10, 20, 30]
it = iter(data)
show("fresh", it)
next(it)
show("after one", it)
drain(it)
show("finished", it)
data.append(40)
show("finished, list grown", it)
print(list(it))

rev = reversed(data)
show("rev fresh", rev)
next(rev)
show("rev after one", rev)
drain(rev)
show("rev finished", rev)
rev.__setstate__(1)
show("rev revived", rev)
print(list(rev))

shrinking = [1, 2, 3, 4]
it = iter(shrinking)
next(it); next(it); next(it)
del shrinking[:]
show("list emptied", it)
print(it.__length_hint__(), list(it))
show("then", it)

shrinking = [1, 2, 3, 4]
rev = reversed(shrinking)
del shrinking[1:]
show("rev over shrunk list", rev)
print(rev.__length_hint__(), list(rev))
rev.__setstate__(0)
show("rev ended for good", rev)

for state in (-5, -1, 0, 1, 3, 4, 99, True):
    it = iter([1, 2, 3])
    it.__setstate__(state)
    rev = reversed([1, 2, 3])
    rev.__setstate__(state)
    print(state, it.__reduce__()[1:], it.__length_hint__(), list(it),
          rev.__reduce__()[1:], rev.__length_hint__(), list(rev))

it = iter([1, 2, 3])
it.__setstate__(-1)
show("parked", it)
it.__setstate__(2)
show("back", it)
print(list(it))
it.__setstate__(0)
show("finished stays", it)
attempt("empty list", lambda: iter([]).__reduce__())
