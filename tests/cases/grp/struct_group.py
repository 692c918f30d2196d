# The struct_group type and the module's names.
import grp

T = grp.struct_group
print(T, T.__module__, T.n_fields, T.n_sequence_fields, T.__match_args__)
print(repr(T.__doc__))
for f in T.__match_args__:
    print(f, getattr(T, f).__doc__)
g = T(("staff", "x", 50, ["a", "b"]))
print(g, g.gr_mem, g[3] is g.gr_mem)
print(grp, sorted(n for n in dir(grp) if not n.startswith("__")))
print(grp.__doc__)
for n in ["getgrgid", "getgrnam", "getgrall"]:
    f = getattr(grp, n)
    print(n, f.__text_signature__, repr(f.__doc__))
