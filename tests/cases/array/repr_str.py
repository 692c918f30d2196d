import array
for code in "bBhHiIlLqQfd":
    a = array.array(code, [1, 2])
    print(repr(a), str(a), f"{a}", array.array(code))
print(repr(array.array('w', "it's")), repr(array.array('w', 'say "hi"')), repr(array.array('w', '\t\u1234\U0001F600')))
print(repr(array.array('d', [1e16, 1e-5, 0.5, float('-inf')])))
class Sub(array.array):
    pass
print(repr(Sub('i', [1])), repr(Sub('w', 'x')), repr(Sub('d')))
print([array.array('b', [1])])
