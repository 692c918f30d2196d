import unicodedata as u
fns = ["name", "category", "bidirectional", "combining", "east_asian_width", "mirrored", "decomposition",
       "decimal", "digit", "numeric"]
for f in fns:
    for arg in ["", "ab", 5, b"a", None, ["a"], "\U0001F600\U0001F600"]:
        for db in (u, u.ucd_3_2_0):
            try:
                getattr(db, f)(arg)
            except (TypeError, ValueError) as e:
                print(f, repr(arg), type(e).__name__, e)
for call in [lambda: u.name(), lambda: u.name("a", 1, 2), lambda: u.category("a", "b"), lambda: u.lookup(),
             lambda: u.normalize("NFC"), lambda: u.normalize("NFC", "a", "b"), lambda: u.name(chr=1),
             lambda: u.is_normalized(form="NFC", unistr="a"), lambda: u.ucd_3_2_0.name()]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
for args in [(5, "a"), ("NFC", 5), ("NFC", b"a"), (b"NFC", "a"), (None, None)]:
    for f in (u.normalize, u.is_normalized):
        try:
            f(*args)
        except TypeError as e:
            print(f.__name__, "TypeError", e)
for arg in [5, None, bytearray(b"SNOWMAN"), memoryview(b"SNOWMAN"), ["a"], 1.5]:
    try:
        u.lookup(arg)
    except TypeError as e:
        print("lookup", type(arg).__name__, e)
