# An exception raised while handling another: "During handling ..." chaining.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return fallback[key]

print(lookup({"a": 1}, "a"))
print(lookup({"a": 1}, "b"))
