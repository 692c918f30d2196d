# Line events of a match statement's cases and guards.
import sys

def show(frame, event, arg):
    co = frame.f_code
    if co.co_name == "classify":
        print(event, frame.f_lineno - co.co_firstlineno)
    return show

def classify(v):
    match v:
        case 0:
            r = "zero"
        case [x, y]:
            r = "pair"
        case {"k": k} if k > 1:
            r = "big"
        case str() as s:
            r = "str"
        case _:
            r = "other"
    return r

sys.settrace(show)
for v in (0, [1, 2], {"k": 2}, {"k": 0}, "s"):
    print(classify(v))
sys.settrace(None)
