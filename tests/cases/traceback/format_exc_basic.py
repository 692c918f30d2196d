import traceback

def divide(a, b):
    return a / b

def outer():
    return divide(1, 0)

try:
    outer()
except ZeroDivisionError:
    text = traceback.format_exc()
print(text, end="")
print(traceback.format_exc())   # no exception being handled now
