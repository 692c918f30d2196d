# An uncaught math error prints CPython's traceback, carets and message.
import math

def area(r):
    return math.pi * math.sqrt(r) ** 2

print(area(4))
print(area(-4))
