import traceback

data = {"a": [1, 2]}
def get(key, index):
    return data[key][index]

for args in (("a", 5), ("b", 0)):
    try:
        result = get(*args) + 1
    except LookupError as e:
        print("".join(traceback.format_tb(e.__traceback__)), end="")
        print(traceback.format_exception_only(e))
