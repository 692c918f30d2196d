# string.templatelib: the types of template strings and convert().
import string.templatelib
from string.templatelib import Template, Interpolation, convert
import string

print(string.templatelib.__doc__)
print(Template, Interpolation, Template.__module__, Interpolation.__qualname__)
t = t"a{1 + 1!r:>4}b"
print(type(t) is Template, type(t.interpolations[0]) is Interpolation)
for c in [None, "s", "r", "a", "x", "", 1]:
    try:
        print(repr(convert("é", c)))
    except Exception as e:
        print(type(e).__name__, e)
try:
    convert()
except TypeError as e:
    print(e)
print(repr(convert(1, conversion="s")))
print("templatelib" in dir(string))
