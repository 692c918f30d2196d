# collections' deque iterators reduce to (type, (deque, items given)), and
# their types can be called so: _deque_iterator(deque, index=0).
# lib: itershape
from itershape import show, attempt, drain
from collections import deque

DI = type(iter(deque()))
DR = type(reversed(deque()))
d = deque([1, 2, 3, 4])
for T in (DI, DR):
    print(T.__module__, T.__name__, T.__qualname__)
    for args in [(d,), (d, 0), (d, 2), (d, 4), (d, 9), (d, -1), (d, True)]:
        it = T(*args)
        print("  ", args[1:], list(it), it.__reduce__()[1][1])
    for args in [(d, 2**70), (d, 1.5), (d, "1"), ([1, 2],), (), (d, 1, 2), (None, 1)]:
        attempt(f"  {T.__name__}{args!r}", lambda: T(*args))
    attempt("  keywords are ignored", lambda: list(T(d, index=3)))
    attempt("  only keywords", lambda: T(deque=d))
    Sub = type("Sub", (deque,), {})
    show("  over a subclass", T(Sub([7, 8, 9]), 1))

it = iter(d)
show("fresh", it)
next(it)
show("after one", it)
d.append(5)
show("deque grew", it)
attempt("next", lambda: next(it))
show("after the error", it)
show("finished", drain(iter(d)))
rev = reversed(d)
next(rev)
show("reversed", rev)
it = iter(d)
drain(it)
d.append(6)
attempt("finished, then the deque grows", lambda: next(it))
