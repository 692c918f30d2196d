# sys.__excepthook__ called directly prints to stderr; a value that is not
# an exception is reported there too.
import sys
sys.__excepthook__(ValueError, ValueError("direct"), None)
sys.__excepthook__(ValueError, "a str", None)
sys.__excepthook__(1, 2, 3)
try:
    1 / 0
except ZeroDivisionError as e:
    sys.__excepthook__(type(e), e, e.__traceback__)
for args in [(), (1, 2), (1, 2, 3, 4)]:
    try:
        sys.excepthook(*args)
    except TypeError as e:
        print("TypeError:", e)
print(sys.excepthook.__text_signature__, sys.excepthook.__doc__)
print("done")
