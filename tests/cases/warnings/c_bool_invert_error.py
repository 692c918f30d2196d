# options: -W error
# an error from a warning the interpreter emits has the caller's traceback
def f(b):
    return ~b
print("start")
f(False)
