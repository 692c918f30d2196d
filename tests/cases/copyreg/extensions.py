# copyreg's extension registry: add, remove, conflicts, and the cache.
import copyreg

def show():
    print(copyreg._extension_registry, copyreg._inverted_registry, copyreg._extension_cache)

for args in [("mod", "name", 0), ("mod", "name", 2**31), ("mod", "name", -5),
             ("mod", "name", 1), ("mod", "name", 2**31 - 1), (("t",), 2, 240)]:
    try:
        print(args, copyreg.add_extension(*args))
    except ValueError as e:
        print(args, "ValueError:", e)
show()
print(copyreg.add_extension("mod", "name", 1))
for args in [("mod", "name", 2), ("other", "name", 1), ("mod", "name", "x")]:
    try:
        copyreg.add_extension(*args)
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
print(copyreg.add_extension("mod", "x", "7"))
for args in [("mod", "name", 2), ("nope", "name", 1), ("mod", "x", "7")]:
    try:
        copyreg.remove_extension(*args)
    except ValueError as e:
        print(args, "ValueError:", e)
copyreg._extension_cache[1] = "cached"
copyreg._extension_cache[240] = "kept"
copyreg.remove_extension("mod", "name", 1)
show()
copyreg.clear_extension_cache()
show()
print(copyreg.add_extension("mod", "name", 3.9))
show()
