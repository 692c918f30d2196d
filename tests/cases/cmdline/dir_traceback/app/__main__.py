def f():
    raise KeyError("from __main__")

f()
