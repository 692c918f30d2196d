values = {"x": [1, 2, 3]}
def compute(a, b):
    return a["x"][1] * 2 + b.missing_attribute
compute(values, values)
