# Division by zero raises, and the exception can be caught.
a = 5
b = 0
try:
    a // b
except ZeroDivisionError as e:
    print("floordiv:", e)
try:
    a % b
except ZeroDivisionError as e:
    print("mod:", e)
try:
    a / b
except ZeroDivisionError as e:
    print("truediv:", e)
try:
    divmod(a, b)
except ZeroDivisionError as e:
    print("divmod:", e)
try:
    1.5 / 0
except ZeroDivisionError as e:
    print("float:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("pow:", e)
