import traceback

frames = [("r.py", 5, "f", "f()")] * 7 + [("r.py", 9, "g", "g()")] * 4 + [("r.py", 5, "f", "f()")]
print("".join(traceback.format_list(frames)), end="")
one_more = [("r.py", 5, "f", "f()")] * 4
print("".join(traceback.format_list(one_more)), end="")
