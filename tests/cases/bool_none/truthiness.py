# Truth testing in if/while and short-circuit evaluation order.
def t(label, value):
    print("eval", label)
    return value

if t("a", 0) or t("b", 1):
    print("or true")
if t("c", 1) and t("d", 0):
    print("never")
else:
    print("and false")
print(t("e", "") or t("f", None) or t("g", "last"))
print(t("h", 5) and t("i", 6) and t("j", 7))
n = 3
while n:
    print("n =", n)
    n -= 1
items = [1, 2]
while items:
    print("pop", items.pop())
