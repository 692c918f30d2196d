import traceback, sys
class K:
    def m(self):
        return [self.n(i) for i in range(2)]
    def n(self, i):
        return {"a": 1}[i]
f = lambda: K().m()
def gen():
    yield 1
    raise StopIteration("s")
for fn in (f, lambda: list(gen()), lambda: sorted([3, "a"]), lambda: int("x" * 3)):
    try:
        fn()
    except BaseException as e:
        print("".join(traceback.format_exception(e)), end="")
        print(traceback.extract_tb(e.__traceback__)[-1][:3])
