# object.__reduce_ex__(2) with bad __getnewargs__ / __getnewargs_ex__ results.
import copyreg

class NA:
    def __init__(self, r): self.r = r
    def __getnewargs__(self): return self.r
class NAE:
    def __init__(self, r): self.r = r
    def __getnewargs_ex__(self): return self.r
cases = [NA(5), NA([1]), NA((1, 2)), NA(()), NAE(5), NAE(()), NAE((1, 2, 3)), NAE(([], {})),
         NAE(((), [])), NAE(((1,), {})), NAE(((), {"k": 1})), NAE(((2,), {"k": 1}))]
for obj in cases:
    try:
        r = obj.__reduce_ex__(2)
        print(r[0].__name__, r[1][1:], r[2])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Both:
    def __getnewargs__(self): return (1,)
    def __getnewargs_ex__(self): return ((2,), {})
print(Both().__reduce_ex__(2)[1][1:])
