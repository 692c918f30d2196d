# copy: the errors of copy, deepcopy and replace.
import copy, sys

print(copy.Error.__mro__, copy.error is copy.Error, copy.__all__)
cases = [
    lambda: copy.copy(sys),
    lambda: copy.deepcopy(sys),
    lambda: copy.deepcopy((x for x in [])),
    lambda: copy.replace(1),
    lambda: copy.replace([], a=1),
    lambda: copy.copy(),
    lambda: copy.deepcopy(1, {}, 3, 4),
]
class NoReduce:
    __reduce_ex__ = None
    __reduce__ = None
cases.append(lambda: copy.copy(NoReduce()))
cases.append(lambda: copy.deepcopy(NoReduce()))
class BadReduce:
    def __reduce_ex__(self, proto): return 5
cases.append(lambda: copy.copy(BadReduce()))
class BadSlots:
    __slots__ = ("a",)
    def __reduce_ex__(self, proto): return object.__reduce_ex__(self, 1)
cases.append(lambda: copy.copy(BadSlots()))
class BadNewArgs:
    def __getnewargs__(self): return [1]
cases.append(lambda: copy.copy(BadNewArgs()))
class BadNewArgsEx:
    def __init__(self, r): self.r = r
    def __getnewargs_ex__(self): return self.r
for r in [5, (1,), ([], {}), ((), [])]:
    cases.append(lambda r=r: copy.copy(BadNewArgsEx(r)))
for i, case in enumerate(cases):
    try:
        print(i, case())
    except Exception as e:
        print(i, type(e).__name__, e)
