from itertools import dropwhile, takewhile
calls = []
def pred(x):
    calls.append(x)
    return x < 3
print(list(dropwhile(pred, [1, 2, 3, 1, 2])), calls)
calls.clear()
print(list(takewhile(pred, [1, 2, 3, 1, 2])), calls)
print(list(dropwhile(lambda x: True, 'abc')), list(takewhile(lambda x: True, 'abc')))
print(list(dropwhile(lambda x: False, 'abc')), list(takewhile(lambda x: False, 'abc')))
print(list(takewhile(bool, [1, 'a', 0, 1])), list(dropwhile(bool, [1, 'a', 0, 1])))
t = takewhile(lambda x: x < 2, iter(range(5)))
print(list(t), list(t))
class P:
    def __call__(self, x): return x != 'stop'
print(''.join(takewhile(P(), 'go on stop here'.split(' ') and ['go', 'on', 'stop', 'here'])))
try: list(takewhile(None, [1]))
except TypeError as e: print(e)
