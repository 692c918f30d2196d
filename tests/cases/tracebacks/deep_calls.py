def a(x): return b(x) + 1
def b(x): return c(x) * 2
def c(x): return d(x)[0]
def d(x): return x["key"]
print(a({"key": [5]}))
a({"key": []})
