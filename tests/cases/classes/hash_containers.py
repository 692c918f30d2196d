class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        print("hash", self.k)
        return hash(self.k)
    def __eq__(self, o):
        print("eq", self.k, o.k)
        return self.k == o.k
    def __repr__(self):
        return f"Key({self.k})"
d = {Key(1): "a"}
print(d[Key(1)])
s = {Key(2), Key(3)}
print(Key(2) in s, len(s))
s.add(Key(2))
print(len(s))
class Id:
    pass
i1, i2 = Id(), Id()
print(len({i1, i2, i1}), {i1: 1}[i1])
class Unhash(list):
    pass
try:
    {Unhash()}
except TypeError as e:
    print(e)
class HashableList(list):
    def __hash__(self):
        return 7
print(hash(HashableList([1])), len({HashableList([1]), HashableList([2])}))
