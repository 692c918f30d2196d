def g():
    yield 1

it = g()
for call in (lambda: it.send(), lambda: it.send(1, 2), lambda: it.close(1),
             lambda: it.throw(), lambda: next(it, 1, 2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(repr(it).startswith("<generator object g at 0x"))
print(it.__name__, it.__qualname__)
it.__name__ = "renamed"
print(it.__name__, g.__name__)
try:
    it.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
print(hasattr(it, "__next__"), hasattr(it, "__len__"))
try:
    len(it)
except TypeError as e:
    print("TypeError:", e)
try:
    it[0]
except TypeError as e:
    print("TypeError:", e)
class K:
    def m(self):
        yield self
print(K().m().__qualname__)
it.close()
