# Line events of while loops: back edges, break, continue, else, a loop on
# one line.
import sys

def show(frame, event, arg):
    co = frame.f_code
    if co.co_name == "loops":
        print(event, frame.f_lineno - co.co_firstlineno)
    return show

def loops():
    i = 0
    while i < 3:
        i += 1
    n = 0
    while n < 2: n += 1
    while True:
        n += 1
        if n == 4:
            continue
        if n > 5:
            break
    else:
        n = -1
    k = 2
    while k:
        k -= 1
    else:
        k = 10
    return i, n, k

sys.settrace(show)
print(loops())
sys.settrace(None)
