# setprofile: built-ins called with *args and **kwargs (CALL_FUNCTION_EX),
# methods of built-in types called through their class.
import sys

def prof(frame, event, arg):
    if event.startswith("c_"):
        print(event, getattr(arg, "__qualname__", arg))

def main():
    args = [3, 1, 2]
    print(*args, sep="-")
    m = max(*args)
    kw = {"reverse": True}
    s = sorted(args, **kw)
    list.append(args, 4)
    return m, s, args

sys.setprofile(prof)
r = main()
sys.setprofile(None)
print(r)
