runs = globals().get("runs", 0) + 1
value = "mod"
def twice(x):
    return 2 * x
