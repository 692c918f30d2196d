# get_referents and get_referrers
import gc

x = ["leaf"]
holder = [x, 1, "s"]
other = {"k": x}
print(x in gc.get_referents(holder), "leaf" in gc.get_referents(x))
print(sorted(map(str, gc.get_referents([1, "a"]))), gc.get_referents(1, "a"))
refs = gc.get_referrers(x)
print(any(r is holder for r in refs), any(r is other for r in refs))
print(all(gc.is_tracked(o) for o in gc.get_objects()[:50]))
