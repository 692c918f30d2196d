# DELETE_GLOBAL, DELETE_DEREF, DELETE_NAME, DELETE_FAST.
g = 1

def drop_global():
    global g
    del g

drop_global()
print("g" in globals())

def cell():
    x = 10
    def read():
        return x
    print(read())
    del x
    try:
        read()
    except NameError as e:
        print(e)
    try:
        del x
    except NameError as e:
        print(type(e).__name__, e)

cell()

def local():
    y = 1
    del y
    try:
        print(y)
    except UnboundLocalError as e:
        print(e)

local()
h = 2
del h
try:
    h
except NameError as e:
    print(e)
