# Uncaught IndexError on a subscript.
values = [10, 20, 30]
for i in range(5):
    print(i, values[i])
