# The constants and capwords() of the string module.
import string

for name in ["whitespace", "ascii_lowercase", "ascii_uppercase", "ascii_letters", "digits",
             "hexdigits", "octdigits", "punctuation", "printable"]:
    value = getattr(string, name)
    print(name, repr(value), len(value), type(value).__name__)
print(string.__all__)
print(string.__doc__)
print(string.capwords.__doc__)

for args in [("hello world",), ("  hello   big\tworld \n",), ("",), ("   ",), ("ABC dEF",),
             ("a-b-c", "-"), ("a--b", "-"), ("x, y,z", ", "), ("ßtraße und élan",),
             ("one two", None), ("2nd place", " ")]:
    print(repr(string.capwords(*args)))
for bad in [(b"ab cd",), ("a b", ""), (None,), ("a b", 1), (), ("a", "b", "c")]:
    try:
        print(repr(string.capwords(*bad)))
    except Exception as e:
        print(type(e).__name__, e)
print(repr(string.capwords(s="a b", sep="b")))

class S(str):
    pass
print(repr(string.capwords(S("x y"))), type(string.capwords(S("x y"))).__name__)
