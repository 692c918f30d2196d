# if / elif / else chains and conditional expressions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

for n in [-5, 0, 3, 42, 1000, 10 ** 30]:
    print(n, classify(n))
for v in [0, 1, "", "x", [], [0], None]:
    print(repr(v), "truthy" if v else "falsy")
a = 5
if a > 3:
    if a > 4:
        print("nested both")
    else:
        print("nested else")
if not a:
    pass
else:
    print("else of not")
