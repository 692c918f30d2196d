# copy: __copy__ and __deepcopy__ take precedence over reduction.
import copy

class C:
    def __init__(self, v): self.v = v
    def __copy__(self):
        print("__copy__ called")
        return C(self.v + 1)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return C(self.v * 10)
c = C(1)
print(copy.copy(c).v, copy.deepcopy(c).v, copy.deepcopy([c, c])[1].v)

class OnlyCopy:
    def __copy__(self): return "shallow!"
print(copy.copy(OnlyCopy()), type(copy.deepcopy(OnlyCopy())).__name__)

class InstanceHook:
    pass
i = InstanceHook()
i.__copy__ = lambda: "instance attribute"
print(type(copy.copy(i)).__name__)
i.__deepcopy__ = lambda memo: "instance deepcopy"
print(copy.deepcopy(i))
