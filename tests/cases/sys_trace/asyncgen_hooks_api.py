# sys.get_asyncgen_hooks and sys.set_asyncgen_hooks: the struct sequence,
# keyword and positional arguments, CPython's errors.
import sys

h = sys.get_asyncgen_hooks()
print(h, type(h).__name__, len(h), h.firstiter, h.finalizer)
sys.set_asyncgen_hooks(len)
print(sys.get_asyncgen_hooks())
sys.set_asyncgen_hooks(finalizer=print)
print(sys.get_asyncgen_hooks())
fi, fin = sys.get_asyncgen_hooks()
print(fi, fin)
for kwargs in ({"firstiter": 1}, {"finalizer": "x"}):
    try:
        sys.set_asyncgen_hooks(**kwargs)
    except TypeError as e:
        print("TypeError", e)
try:
    sys.set_asyncgen_hooks(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    sys.set_asyncgen_hooks(None, 5)
except TypeError as e:
    print("TypeError", e)
print(sys.get_asyncgen_hooks())
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
print(sys.get_asyncgen_hooks() == (None, None))
