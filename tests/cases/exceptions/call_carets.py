# Carets under a failing call and under a failing subscript inside a call.
def get(d, k):
    return d[k]

config = {"name": "demo", "size": 3}
print(get(config, "name"))
result = len(get(config, "size")) + 1
