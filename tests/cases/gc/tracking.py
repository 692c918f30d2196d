# is_tracked and is_finalized
import gc


class C:
    pass


class D:
    def __del__(self):
        pass


print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(None), gc.is_tracked(3.5))
print(gc.is_tracked([]), gc.is_tracked(C()), gc.is_tracked(C), gc.is_tracked(lambda: 0))
print(gc.is_tracked({"a": []}), gc.is_tracked(set()))
d = D()
print(gc.is_finalized(d), gc.is_finalized(1))
