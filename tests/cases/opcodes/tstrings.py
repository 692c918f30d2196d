# BUILD_INTERPOLATION, BUILD_TEMPLATE: template string literals (PEP 750).
name = "world"
width = 8
t = t"hello {name!r:>{width}} and {width + 1}"
print(type(t).__name__)
print(t.strings)
for part in t.interpolations:
    print(part.value, part.expression, part.conversion, part.format_spec)
print(t.values)
empty = t""
print(empty.strings, empty.interpolations)
