data = [5, 3, 8, 1, 9, 2]
if (n := len(data)) > 4:
    print("long list", n)
print([y for x in data if (y := x * 2) > 6], y)
i = 0
while (chunk := data[i:i + 2]):
    print("chunk", chunk)
    i += 2
def trace(v):
    print("eval", v)
    return v
print(trace(1) < trace(2) < trace(3), trace(3) < trace(2) < trace(5))
print(1 < 2 == 2 > 1, 1 == 1.0 is not None, "a" < "b" <= "b")
x = 5
print("big" if x > 3 else "small", "even" if x % 2 == 0 else "odd")
