class BadRepr:
    def __repr__(self):
        raise RuntimeError("repr failed")
try:
    print([BadRepr()])
except RuntimeError as e:
    print("caught", e)
class BadStr(Exception):
    def __str__(self):
        raise ValueError("no str")
try:
    raise BadStr()
except BadStr as e:
    print(type(e).__name__, e.args)
try:
    str(BadStr())
except ValueError as e:
    print("str raised", e)
