import traceback

class Loud:
    def __repr__(self):
        return "<Loud>"

class Broken:
    def __repr__(self):
        raise RuntimeError

def work(number, obj, broken):
    label = "text"
    raise ValueError(number)

try:
    work(7, Loud(), Broken())
except ValueError as e:
    te = traceback.TracebackException(type(e), e, e.__traceback__.tb_next, capture_locals=True)
print("".join(te.format()), end="")
print(te.stack[-1].locals)
print(te.stack[0].locals is not None)
