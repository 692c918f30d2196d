# Recursion through __init__, properties, __setattr__ and __getattribute__.
class Chain:
    def __init__(self, n):
        self.next = Chain(n + 1)

try:
    Chain(0)
except RecursionError as e:
    print("init", e)

class Prop:
    @property
    def value(self):
        return self.value

try:
    Prop().value
except RecursionError as e:
    print("property", e)

class Setter:
    def __setattr__(self, name, value):
        setattr(self, name, value)

try:
    Setter().x = 1
except RecursionError as e:
    print("setattr", e)

class GetAttribute:
    def __getattribute__(self, name):
        return self.__dict__

try:
    GetAttribute().anything
except RecursionError as e:
    print("getattribute", e)

class Deep:
    def __init__(self, n):
        self.n = n

    def total(self):
        return self.n + (Deep(self.n - 1).total() if self.n else 0)

print(Deep(300).total())
