# list methods.
a = []
a.append(1)
a.append(2)
a.extend([3, 4])
a.extend("ab")
a.insert(0, "start")
a.insert(100, "end")
a.insert(-1, "before-end")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove("a")
print(a, a.index(3), a.count(1), a.count("zz"))
a.reverse()
print(a)
b = a.copy()
b.clear()
print(a, b)
nums = [5, 2, 9, 1, 5, 6]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["pear", "Fig", "apple", "kiwi"]
words.sort(key=len)
print(words)
words.sort(key=str.lower, reverse=True)
print(words)
try:
    [1, 2].remove(3)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].index(3)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
