# Sorting lists whose keys are all small ints, all floats (with nan, -0.0 and
# infinities), all strs (of every width) or a mixture; big ints, bools and
# subclasses with their own comparisons; stability throughout.

seed = 12345
def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n

for n in (0, 1, 2, 5, 31, 32, 33, 100, 1000):
    ints = [rand(50) - 25 for _ in range(n)]
    s = sorted(ints)
    print(n, s[:5], s[-3:], sorted(ints, reverse=True)[:3], s == sorted(ints, key=lambda x: x))

ints = [rand(10**6) for _ in range(3000)]
s = sorted(ints)
print(all(s[i] <= s[i + 1] for i in range(len(s) - 1)), s[:3], s[-3:])
print(sorted([2**62, -2**62, 2**62 - 1, -2**62 - 1, 10**30, -10**30, 0, True, False]))
print(sorted([1, 1.0, True, 0, 0.0, False, -0.0], key=lambda x: x))

nan = float("nan")
fl = [3.5, -0.0, 0.0, float("inf"), -float("inf"), 1e-300, nan, 2.0, nan, -1.5]
print(sorted(fl))
print(sorted([x for x in fl if x == x]))
print(sorted([0.0, -0.0, 0.0, -0.0]), sorted([-0.0, 0.0]), sorted([1.0, nan, 0.5]))
fl2 = [rand(1000) / 7 for _ in range(500)]
print(sorted(fl2)[:4], sorted(fl2, reverse=True)[:2])

words = ["pear", "Apple", "apple", "", "éclair", "zebra", "日本", "日", "a", "😀", "ab", "aa", "\x00", "Z"]
print(sorted(words))
print(sorted(words, reverse=True))
print(sorted(words, key=str.lower))
print(sorted(words * 5)[:8])
big = ["w%05d" % rand(100000) for _ in range(700)]
print(sorted(big)[:3], sorted(big)[-2:])

# stability with equal keys of each kind
pairs = [(rand(5), i) for i in range(60)]
print(sorted(pairs, key=lambda p: p[0])[:12])
print(sorted(pairs, key=lambda p: float(p[0]))[:8])
print(sorted(pairs, key=lambda p: str(p[0]))[:8])
print(sorted(pairs, key=lambda p: p[0], reverse=True)[:8])

# mixtures and subclasses go through the generic comparison
class MyStr(str):
    def __lt__(self, other):
        return str(self) > str(other)
class MyInt(int):
    def __lt__(self, other):
        return int(self) > int(other)
class MyFloat(float):
    pass
print(sorted([MyStr("b"), MyStr("a"), MyStr("c")]))
print(sorted(["b", MyStr("a"), "c"], key=str))
print(sorted([MyInt(1), MyInt(3), MyInt(2)]), sorted([1, MyInt(3), 2]))
print(sorted([MyFloat(2.5), 1.5, MyFloat(0.5)]))
print(sorted([1, 2.5, 0, -1.5, True]))
for bad in ([1, "a"], ["a", 1], [1.0, "a"], [None, 1], [1, 2, 3, None]):
    try:
        sorted(bad)
    except TypeError as e:
        print(e)
print(sorted([], reverse=True), sorted((), key=len, reverse=True), sorted([1], reverse=True))
lst = []
lst.sort(reverse=True)
print(lst)
lst = [3, 1, 2]
lst.sort()
print(lst)
lst = ["b", "a"]
lst.sort(reverse=True)
print(lst)
