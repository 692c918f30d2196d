# The struct_passwd type and the module's names.
import pwd

T = pwd.struct_passwd
print(T, T.__module__, T.__name__, T.n_fields, T.n_sequence_fields, T.n_unnamed_fields, T.__match_args__)
print(T.__doc__)
for f in T.__match_args__:
    print(f, getattr(T, f).__doc__)
p = T(("n", "p", 1, 2, "g", "/d", "/s"))
print(p, p.pw_uid, p == ("n", "p", 1, 2, "g", "/d", "/s"))
try:
    T((1,) * 6)
except TypeError as e:
    print("TypeError", e)
try:
    p.pw_name = "x"
except AttributeError as e:
    print("AttributeError", e)
match pwd.getpwuid(0):
    case T(pw_name=name, pw_uid=0):
        print("matched", name)
print(pwd, sorted(n for n in dir(pwd) if not n.startswith("__")))
print(pwd.__doc__)
for n in ["getpwuid", "getpwnam", "getpwall"]:
    f = getattr(pwd, n)
    print(n, f.__text_signature__, repr(f.__doc__))
