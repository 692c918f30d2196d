class D:
    def __init__(self, name): self.name = name
    def __del__(self):
        print("del", self.name)
keep = D("global")
other = D("other")
def g():
    y = D("in-g")
    return 1
g()
print("after g")
print("end of module")
