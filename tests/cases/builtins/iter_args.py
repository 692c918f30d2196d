# Argument checking of enumerate, zip and map, compared with CPython.
# lib: argprobe
from argprobe import attempt as a

print(enumerate.__text_signature__, zip.__text_signature__, map.__text_signature__)
a("enum 0", enumerate)
a("enum 3", enumerate, [], 1, 2)
a("enum kw", enumerate, [], x=1)
a("enum kw2", enumerate, iterable=[], start=1)
a("enum twice", enumerate, [], iterable=[])
a("enum start only", enumerate, start=1)
a("enum 2kw", enumerate, [], 1, x=2)
a("zip kw", zip, [], x=1)
a("zip strict", zip, [], [1], strict=True)
a("zip 2kw", zip, [], strict=True, x=1)
a("map 0", map)
a("map 1", map, None)
a("map kw", map, None, [], x=1)
a("map strict", map, None, [], strict=True)

class E(enumerate):
    pass

a("E kw", E, [], x=1)
a("E 3", E, [], 1, 2)
