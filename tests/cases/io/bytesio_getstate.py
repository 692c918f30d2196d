import io, copy
b = io.BytesIO(b"hello")
b.seek(2)
print(b.__getstate__())
b.x = 5
print(b.__getstate__())
c = copy.copy(b)
print(c.getvalue(), c.tell(), c.x, c is b)
d = copy.deepcopy(b)
print(d.getvalue(), d.tell(), d.x)
for st in [None, (), (b"a", 0), (b"a", 0, None, 1), ("a", 0, None), (b"a", "x", None), (b"a", -1, None), (b"a", 0, 5), (bytearray(b"ab"), 1, {"y": 2}), (b"abc", 10, None), (memoryview(b"q"), 0, None)]:
    e = io.BytesIO()
    try:
        print(e.__setstate__(st), e.getvalue(), e.tell(), getattr(e, "y", None))
    except Exception as ex:
        print(type(ex).__name__, ex)
e.close()
try: e.__getstate__()
except Exception as ex: print(type(ex).__name__, ex)
try: e.__setstate__((b"", 0, None))
except Exception as ex: print(type(ex).__name__, ex)
class S(io.BytesIO): pass
s = S(b"zz"); s.k = 1
t = copy.copy(s); print(type(t).__name__, t.getvalue(), t.k)
print(io.BytesIO.__getstate__.__text_signature__, io.BytesIO.__setstate__.__text_signature__)
print(io.BytesIO.__getstate__.__doc__, io.BytesIO.__setstate__.__doc__)
print(b.__reduce_ex__(2)[0].__name__ if callable(b.__reduce_ex__(2)[0]) else b.__reduce_ex__(2)[0])
