def level3(d):
    return d["key"]["inner"] + 1


def level2(d):
    return level3(d) * 2


def level1():
    data = {"key": {"inner": "text"}}
    return level2(data)


print("before")
level1()
