import traceback

a = traceback.FrameSummary("f.py", 3, "func", line="x = 1", lookup_line=False)
b = traceback.FrameSummary("f.py", 3, "func", line="x = 1")
c = traceback.FrameSummary("f.py", 4, "func", line="x = 1")
print(a == b, a == c, a != c)
print(a == ("f.py", 3, "func", "x = 1"), a == ("f.py", 3, "func", "y"))
print(a == ["f.py", 3, "func", "x = 1"], a == 5)
print(a.end_lineno, a.colno, a.end_colno, a.locals)
d = traceback.FrameSummary("f.py", 3, "func", line="x = 1", locals={"k": [1], "s": "t"})
print(d.locals, d == a)
filename, lineno, name, line = d
print(filename, lineno, name, line)
print(repr(traceback.FrameSummary("nofile.py", 1, "g").line))
print(repr(traceback.FrameSummary("nofile.py", None, "g").line))
try:
    hash(a)
except TypeError as e:
    print("TypeError", e)
print(traceback.FrameSummary.__slots__)
