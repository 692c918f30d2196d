# sys.displayhook prints a repr to sys.stdout and keeps the value in builtins._
import builtins
import sys

sys.displayhook(5)
print(builtins._)
sys.displayhook(None)
print(builtins._)
sys.displayhook("text")
sys.displayhook([1, "two", (3,)])
print(builtins._, sys.displayhook is sys.__displayhook__)

class R:
    def __repr__(self):
        return "R-repr"

sys.displayhook(R())
print(type(builtins._).__name__)

class Bad:
    def __repr__(self):
        raise ValueError("no repr")

try:
    sys.displayhook(Bad())
except ValueError as e:
    print("ValueError:", e, builtins._)
try:
    sys.displayhook()
except TypeError as e:
    print("TypeError:", e)
print(sys.displayhook.__text_signature__, sys.displayhook.__doc__)
del sys.stdout
sys.displayhook(None)
sys.displayhook(3)
