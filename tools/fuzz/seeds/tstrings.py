name = "world"
count = 3
t = t"hello {name!r} x{count:>4} {count * 2 = }"
print(type(t).__name__, t.strings)
for part in t:
    print(repr(part) if isinstance(part, str) else (part.value, part.expression, part.conversion, part.format_spec))
print(t.values, t.interpolations[0].expression)
u = t"a" t"{name}" + t"!"
print(u.strings, u.values)
