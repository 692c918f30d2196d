# Cells are shared by every closure over the same variable; __closure__.
def pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_

get, set_ = pair()
print(get())
set_(42)
print(get())
print(len(get.__closure__), type(get.__closure__[0]).__name__)
print(get.__closure__[0] is set_.__closure__[0])
print(get.__closure__[0].cell_contents)
print(get.__code__.co_freevars, pair.__code__.co_cellvars)
print(pair.__closure__)

def unset():
    def read():
        return later
    cell = read.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print("ValueError", e)
    later = 1
    return cell.cell_contents

print(unset())
