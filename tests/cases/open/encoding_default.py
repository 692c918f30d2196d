# cwd: tmp
# The encoding open() picks, and "locale".
for kwargs in ({}, {"encoding": None}, {"encoding": "locale"}, {"encoding": "utf-8"}, {"encoding": "UTF8"},
               {"encoding": "latin1"}, {"encoding": "ascii"}, {"encoding": "iso-8859-1"}):
    with open("f", "w", **kwargs) as f:
        print(kwargs, f.encoding, f.errors)
with open("f", "w", errors="ignore") as f:
    print(f.encoding, f.errors)
