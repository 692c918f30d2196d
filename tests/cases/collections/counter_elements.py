# Counter.elements() is a lazy itertools.chain over each key repeated as
# many times as its count; counts below one give nothing, and a count that
# is not an integer fails when its turn comes.
from collections import Counter

c = Counter("abracadabra")
e = c.elements()
print(type(e).__name__, next(e), sorted(e))
c["z"] = 0
c["y"] = -3
c["x"] = 2
print(list(c.elements()))
lazy = c.elements()
c["w"] = 1  # the chain reads the counter as it goes
try:
    print(list(lazy))
except RuntimeError as err:
    print("RuntimeError:", err)
bad = Counter({"p": 2, "q": 1.5, "r": 1})
it = bad.elements()
print(next(it), next(it))
try:
    next(it)
except TypeError as err:
    print("TypeError:", err)
print(list(Counter().elements()), list(Counter(a=3).elements()))
