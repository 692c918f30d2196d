# Argument checking of built-in functions and methods: wrong counts, keywords
# to positional-only parameters, and the descriptor's self check, with the
# exact messages.

def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

lst = [3, 1, 2]
attempt("append none", lst.append)
attempt("append two", lst.append, 1, 2)
attempt("append kw", lst.append, x=1)
attempt("append empty kw", lst.append, 7, **{})
attempt("pop kw", lst.pop, index=0)
attempt("pop three", lst.pop, 1, 2)
attempt("pop str", lst.pop, "a")
attempt("pop big", lst.pop, 10**30)
attempt("pop out", lst.pop, 99)
attempt("insert one", lst.insert, 1)
attempt("clear arg", lst.clear, 1)
attempt("clear kw", lst.clear, a=1)
attempt("copy", lst.copy)
attempt("index none", lst.index)
attempt("index four", lst.index, 1, 0, 3, 4)
attempt("count two", lst.count, 1, 2)
attempt("sort positional", lst.sort, 1)
attempt("sort bad kw", lst.sort, keyy=len)
print(lst)

d = {"a": 1}
attempt("get none", d.get)
attempt("get three", d.get, 1, 2, 3)
attempt("get kw", d.get, key="a")
attempt("get unhashable", d.get, [])
attempt("get default", d.get, "z", 5)
attempt("setdefault", d.setdefault, "b")
attempt("pop missing", d.pop, "zz")
attempt("keys arg", d.keys, 1)

s = "hello world"
attempt("find none", s.find)
attempt("find int", s.find, 1)
attempt("find kw", s.find, sub="o")
attempt("find range", s.find, "o", 5, 100)
attempt("upper arg", s.upper, 1)
attempt("split kw", s.split, sep=" ", maxsplit=1)
attempt("split bad kw", s.split, sepp=" ")
attempt("startswith tuple", s.startswith, ("x", "he"))

# unbound method descriptors: self checks
attempt("list.append on tuple", list.append, (1,), 2)
attempt("list.append no self", list.append)
attempt("str.upper on bytes", str.upper, b"x")
attempt("str.upper on int", str.upper, 5)
attempt("dict.get on list", dict.get, [], 1)
attempt("int.bit_length", int.bit_length, 255)
attempt("int.bit_length on bool", int.bit_length, True)
attempt("int.bit_length on float", int.bit_length, 1.5)
attempt("str.join", str.join, "-", ["a", "b"])
attempt("dict.fromkeys", dict.fromkeys, "ab", 0)
attempt("str.maketrans", str.maketrans, "a", "b")

# subclasses take the subtype path of the self check
class L(list):
    pass
class S(str):
    pass
class D(dict):
    pass
class I(int):
    pass
ll = L([1, 2])
ll.append(3)
list.append(ll, 4)
print(ll, ll.pop(), list.pop(ll, 0), ll)
print(S("abc").find("c"), str.find(S("xyz"), "y"), S("a,b").split(","))
print(D(a=1).get("a"), dict.get(D(b=2), "b"))
print(I(10).bit_length(), int.bit_length(I(255)))

# built-in functions
attempt("len none", len)
attempt("len two", len, [], [])
attempt("len kw", len, obj=[])
attempt("len int", len, 5)
attempt("isinstance one", isinstance, 1)
attempt("isinstance kw", isinstance, 1, cls=int)
attempt("isinstance bad", isinstance, 1, 2)
attempt("isinstance tuple", isinstance, 1, (str, int))
attempt("isinstance bool", isinstance, True, int)
attempt("issubclass", issubclass, bool, int)
attempt("range none", range)
attempt("range four", range, 1, 2, 3, 4)
attempt("range kw", range, stop=3)
attempt("range str", range, "a")
attempt("range zero step", range, 1, 2, 0)
attempt("sum none", sum)
attempt("sum three", sum, [1], 2, 3)
attempt("sum start kw", sum, [1, 2], start=10)
attempt("sum iterable kw", sum, iterable=[1])
attempt("sum str start", sum, ["a"], "")
attempt("sum bytes start", sum, [b"a"], b"")
attempt("sum bytearray start", sum, [], bytearray())
attempt("min none", min)
attempt("min empty", min, [])
attempt("min empty default", min, [], default=0)
attempt("min default multi", min, 1, 2, default=0)
attempt("min bad kw", min, [1], keyy=len)
attempt("min three kw", min, [1], key=None, default=1, x=2)
attempt("max int", max, 5)
attempt("max mixed", max, 1, "a")
attempt("max key", max, "a", "bbb", "cc", key=len)
attempt("max key none", max, [1, 3, 2], key=None)
attempt("sorted none", sorted)
attempt("sorted two", sorted, [1], [2])
attempt("sorted kw iterable", sorted, iterable=[1])
attempt("sorted bad kw", sorted, [1], keyy=len)
attempt("sorted reverse", sorted, [1, 3, 2], reverse=True)
attempt("sorted mixed", sorted, [1, "a"])
attempt("format two", format)
attempt("format spec int", format, 5, 5)
attempt("format kw", format, 5, format_spec="")
attempt("repr none", repr)
attempt("abs kw", abs, x=1)
attempt("any none", any)
attempt("all int", all, 5)
attempt("getattr one", getattr, 1)
attempt("getattr four", getattr, 1, "a", 2, 3)

# out-of-range index arguments and subscripts
attempt("insert huge", [].insert, 10**30, 1)
attempt("pop -huge", [1].pop, -10**30)
attempt("index huge start", [1, 2].index, 1, 10**30)
for key in (10**30, -10**30, True, -1, -2, -3, 2, 1.0, "a", slice(None, 1), slice(None, None, 0), slice(10**30, None, -1)):
    for seq in ([1, 2], (1, 2)):
        try:
            print(seq[key])
        except Exception as e:
            print(type(e).__name__, e)
attempt("max kw suggestion", max, [1], keyy=1)
attempt("min kw suggestion", min, 1, 2, kei=1)
attempt("min default suggestion", min, [1], key=len, defaultt=1)
attempt("print kw suggestion", print, 1, endd="")
attempt("print kw", print, 1, 2, sep="-", end="!\n")
