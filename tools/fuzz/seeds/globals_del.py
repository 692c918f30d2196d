counter = 0


def bump():
    global counter
    counter += 1
    return counter


bump()
bump()
print(counter, "counter" in globals())
x = 5
del x
try:
    print(x)
except NameError as e:
    print(e)


def local_unbound():
    if False:
        y = 1
    return y


try:
    local_unbound()
except UnboundLocalError as e:
    print(e)

lst = [1, 2, 3]
del lst[1]
obj = type("O", (), {})()
obj.a = 1
del obj.a
print(lst, hasattr(obj, "a"), locals().get("lst") is lst)
