# setprofile: 'call' and 'return' of Python functions with their values,
# generators, the return of the function that called setprofile.
import sys

def prof(frame, event, arg):
    co = frame.f_code
    if co.co_filename == prof.__code__.co_filename and co is not prof.__code__ and not event.startswith("c_"):
        print(event, co.co_name, repr(arg))

def sq(x):
    return x * x

def gen():
    yield 1
    yield 2

def main():
    sys.setprofile(prof)
    a = sq(3)
    b = list(gen())
    return a, b

print(main())
sys.setprofile(None)
