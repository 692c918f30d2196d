# Uncaught ZeroDivisionError three calls deep: traceback with carets.
def ratio(a, b):
    return a / b

def average(values):
    return ratio(sum(values), len(values))

def report(groups):
    for name in groups:
        print(name, average(groups[name]))

report({"first": [1, 2, 3], "empty": []})
