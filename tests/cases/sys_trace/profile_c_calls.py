# setprofile: 'c_call' and 'c_return' around built-in functions and
# methods (the argument is the built-in, a method bound to its object),
# with the Python calls they make in between (a sort key).
import sys

def prof(frame, event, arg):
    if event.startswith("c_"):
        print(event, frame.f_code.co_name, getattr(arg, "__qualname__", arg))
    elif frame.f_code.co_filename == prof.__code__.co_filename:
        print(event, frame.f_code.co_name)

def key(x):
    return -x

def main():
    items = [3, 1, 2]
    n = len(items)
    items.append(4)
    print("hello", n)
    s = sorted(items, key=key)
    d = {}
    d.get("k", 0)
    "a,b".split(",")
    abs(-1)
    return s

sys.setprofile(prof)
main()
sys.setprofile(None)
