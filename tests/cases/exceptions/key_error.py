# Uncaught KeyError on a dict subscript.
ages = {"ann": 31, "bob": 27}
for name in ["ann", "bob", "carol"]:
    print(name, ages[name])
