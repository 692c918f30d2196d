class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


a = Noisy("a")
b = Noisy("b")
a.partner = b
b.partner = a
del a, b
print("cycle dropped")
c = Noisy("c")
c = None
lst = [Noisy(i) for i in range(3)]
lst.pop()
print("end")
