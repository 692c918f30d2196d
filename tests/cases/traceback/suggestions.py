import traceback

class Point:
    def __init__(self):
        self.horizontal = 1

def use():
    return Point().horizontl

try:
    use()
except AttributeError as e:
    print(traceback.format_exception_only(e))
    print("".join(traceback.format_exception(e)), end="")

def names():
    counter = 3
    return countr + 1

try:
    names()
except NameError as e:
    print(traceback.format_exception_only(e))
    print("".join(traceback.format_exception(e)), end="")
