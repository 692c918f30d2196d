# cwd: tmp
# The ResourceWarning of an unclosed file, caught: its category, message,
# where it points and its source (the dying file object, kept alive by
# the record).
import warnings

with open("x.txt", "w", encoding="utf-8") as f:
    f.write("text")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    f = open("x.txt", encoding="utf-8")
    del f
    g = open("x.txt", "rb")
    del g
for w in caught:
    print(w.category.__name__, w.message, w.lineno, type(w.source).__name__, w.source.closed)
with warnings.catch_warnings(record=True) as caught:
    warnings.filterwarnings("ignore", category=ResourceWarning)
    f = open("x.txt", encoding="utf-8")
    del f
print(len(caught))
with warnings.catch_warnings():
    warnings.simplefilter("error", ResourceWarning)
    f = open("x.txt", "rb")
    f.close()
    f = open("x.txt", "rb")
    del f
    print("after")
