import traceback

def down(n):
    if n == 0:
        raise RuntimeError("bottom")
    return down(n - 1)

for depth in (2, 3, 4, 5, 30):
    try:
        down(depth)
    except RuntimeError as e:
        lines = traceback.format_tb(e.__traceback__)
        print(depth, len(lines))
        print("".join(lines), end="")
