# Line events of for loops: the header on every iteration, break, continue,
# else, nested loops, a loop on one line, iteration over a list and a dict.
import sys

def show(frame, event, arg):
    co = frame.f_code
    if co.co_name == "loops":
        print(event, frame.f_lineno - co.co_firstlineno)
    return show

def loops():
    total = 0
    for i in range(3):
        total += i
    for j in [1, 2, 3]:
        if j == 2:
            continue
        total += j
    else:
        total += 100
    for k in {"a": 1, "b": 2}:
        if k == "b":
            break
    for a in range(2):
        for b in range(2):
            total += a * b
    for q in range(3): total += q
    return total

sys.settrace(show)
print(loops())
sys.settrace(None)
