# PYTHON_COLORS=1 wins over TERM=dumb too.
# env: PYTHON_COLORS=1 TERM=dumb
items = {"a": 1}
print(items["a"])
items.pop("b")
