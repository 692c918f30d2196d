from functools import total_ordering
try:
    @total_ordering
    class Nothing: pass
except ValueError as e: print(e)
try:
    total_ordering(int)
    print('int ok', int.__lt__)
except Exception as e: print(type(e).__name__, e)
@total_ordering
class Ret:
    def __init__(self, v): self.v = v
    def __le__(self, o): return NotImplemented
    def __eq__(self, o): return NotImplemented
for name in ['__lt__', '__gt__', '__ge__']:
    print(name, getattr(Ret, name).__name__, getattr(Ret(1), name)(Ret(2)))
try: Ret(1) < Ret(2)
except TypeError as e: print(e)
