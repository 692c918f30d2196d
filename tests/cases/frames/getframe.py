# sys._getframe: the call chain seen from inside, and its errors.
import sys

def show_chain():
    f = sys._getframe()
    names = []
    while f is not None:
        names.append((f.f_code.co_name, f.f_lineno))
        f = f.f_back
    return names

def a():
    return b()

def b():
    return show_chain()

print(a())
print(sys._getframe(0).f_code.co_name)

def depth_one():
    return sys._getframe(1).f_code.co_name

def caller():
    return depth_one()

print(caller())
print(sys._getframe(-5).f_code.co_name)
for bad in [(100,), ("a",), (1, 2)]:
    try:
        sys._getframe(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sys._getframe(depth=1)
except TypeError as e:
    print(e)

# a frame outlives its call and keeps its variables
def make():
    value = "kept"
    other = 42
    return sys._getframe()

fr = make()
print(sorted(fr.f_locals.items()), fr.f_code.co_name, fr.f_back.f_code.co_name)
print(repr(fr).startswith("<frame at 0x"), repr(fr).endswith(", code make>"))

# closures: cell and free variables read through
def outer():
    x = 1
    def inner():
        y = x + 1
        return sys._getframe()
    fi = inner()
    return sys._getframe(), fi

fo, fi = outer()
print(sorted(fo.f_locals), fo.f_locals['x'], sorted(fi.f_locals.items()))
print(fi.f_generator, fo.f_trace)
