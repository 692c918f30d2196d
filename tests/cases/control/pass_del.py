# pass, del of names, and walrus assignment.
def nothing():
    pass

x = 5
del x
try:
    x
except NameError as e:
    print("NameError:", e)
data = [1, 5, 12, 7, 30]
if (n := len(data)) > 3:
    print("long list", n)
big = [y for v in data if (y := v * 2) > 10]
print(big, y)
values = [3, 2, 1, 0]
i = 0
while (v := values[i]) != 0:
    print("v", v)
    i += 1
print(nothing())
