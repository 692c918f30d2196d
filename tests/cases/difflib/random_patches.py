# unified_diff and context_diff on seeded random files, every option.
import difflib

state = 31337
def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return (state >> 8) % n

def lines():
    return [''.join('abc'[rand(3)] for _ in range(rand(3))) + '\n'
            for _ in range(rand(40))]

for case in range(150):
    a = lines()
    b = [x for x in a if rand(6)] if rand(2) else lines()
    for pos in range(rand(4)):
        b.insert(rand(len(b) + 1), 'new %d\n' % pos)
    kw = dict(n=rand(5), fromfile=['', 'old.txt'][rand(2)], tofile='new.txt',
              fromfiledate=['', '2024-01-01 10:00'][rand(2)], tofiledate=['', 'today'][rand(2)],
              lineterm=['\n', ''][rand(2)])
    print(case, kw)
    print(''.join(difflib.unified_diff(a, b, **kw)))
    print(''.join(difflib.context_diff(a, b, **kw)))
