# Self-referencing containers print with ... and compare without crashing;
# deeply nested ones raise RecursionError.
a = [1]
a.append(a)
print(a, repr(a))
d = {"k": 1}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
nested = []
for _ in range(100000):
    nested = [nested]
try:
    repr(nested)
except RecursionError:
    print("RecursionError from repr")
try:
    nested == nested[:] + []
    print("compared")
except RecursionError as e:
    print("RecursionError", e)
print("done")
