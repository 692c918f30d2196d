class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        print("get", key)
        return self.cells.get(key, 0)
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]
    def __len__(self):
        return len(self.cells)
g = Grid()
g[1, 2] = 5
g[0:3] = "slice"
print(g[1, 2], g[::2], g[...], len(g))
del g[1, 2]
try:
    del g[9]
except KeyError as e:
    print("KeyError", e)
g["x"] = 1
g["x"] += 10
print(g["x"])
class ReadOnly:
    def __getitem__(self, k): return k
try:
    ReadOnly()[1] = 2
except TypeError as e:
    print(e)
try:
    del ReadOnly()[1]
except TypeError as e:
    print(e)
class Rev:
    def __reversed__(self):
        return iter("cba")
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
print(list(reversed(Rev())))
class Missing:
    def __len__(self): return 2
try:
    reversed(Missing())
except TypeError as e:
    print(e)
