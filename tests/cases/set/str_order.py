# Iteration order of sets of strings (depends on the str hash with PYTHONHASHSEED=0).
s = {"apple", "banana", "cherry", "date", "elderberry", "fig", "grape"}
print(s)
print(list(s))
print({c for c in "mississippi"})
print(set("hello world"))
print(hash("apple"), hash(""), hash("a"), hash("é"), hash("日本"))
t = set()
for w in "one two three four five six seven eight nine ten".split():
    t.add(w)
print(t)
t.discard("five")
print(t)
