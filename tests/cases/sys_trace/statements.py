# Line events of simple statements: assignments, augmented assignments,
# if/elif/else, del, assert, pass, global, multi-line expressions.
import sys

def show(frame, event, arg):
    co = frame.f_code
    if co.co_name == "stmts":
        print(event, frame.f_lineno - co.co_firstlineno, arg)
    return show

G = 0

def stmts(n):
    global G
    a = 1
    a += n
    b = [a,
         n,
         a * n]
    if a > 10:
        c = 1
    elif a > 3:
        c = 2
    else:
        c = 3
    del b[0]
    assert c, "never"
    pass
    G = (a
         + c)
    x = {"k": a,
         "j": (c if c else
               0)}
    return len(b) + x["k"]

sys.settrace(show)
stmts(1)
stmts(5)
stmts(20)
sys.settrace(None)
print(G)
