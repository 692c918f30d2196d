# f-strings: expressions, conversions, nested quotes, self-documenting =.
name = "Ada"
n = 42
x = 3.14159
items = [1, 2, 3]
print(f"hello {name}", f"{n + 1}", f"{n * 2}-{n // 5}", f"{items}", f"{items[1]}", f"{len(items)}")
print(f"{name!r}", f"{name!s}", f"{name!a}", f"{'é'!a}", f"{items!r}")
print(f"{{braces}}", f"{'nested'}", f'{"double"}', f"{n:{'>'}{8}}")
print(f"{n=}", f"{x = }", f"{name=!s}", f"{n=:5d}")
print(f"{'a' if n > 10 else 'b'}", f"{[i * i for i in items]}", f"{ {'k': n} }")
print(f"multi {name} " f"part {n}", f"""triple {name}""")
