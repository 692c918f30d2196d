# Slice assignment and deletion.
a = list(range(10))
a[2:5] = ["x", "y"]
print(a)
a[:0] = [-1]
print(a)
a[len(a):] = [99, 100]
print(a)
a[::2] = "ABCDEF"
print(a)
del a[0]
print(a)
del a[1:3]
print(a)
del a[::3]
print(a)
a[1:2] = []
print(a)
b = [1, 2, 3]
b[1:1] = [7, 8, 9]
print(b)
b[:] = []
print(b)
try:
    c = [1, 2, 3, 4]
    c[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
