# UnboundLocalError and NameError for locals, cells and free variables.
x = "global"

def reads_before_assign():
    print(x)
    x = "local"

try:
    reads_before_assign()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def cell_before_assign():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
    return inner()

print(cell_before_assign())

def deleted_local():
    z = 1
    del z
    return z

try:
    deleted_local()
except UnboundLocalError as e:
    print(e)

def conditional(flag):
    if flag:
        w = "set"
    return w

print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(e)
print(issubclass(UnboundLocalError, NameError))
