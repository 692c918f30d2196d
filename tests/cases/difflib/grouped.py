# get_grouped_opcodes for many n; it trims the cached opcodes as CPython does.
import difflib

a = [str(i) for i in range(60)]
b = a[:]
b[5] = 'five'
del b[20:22]
b.insert(40, 'new')
b[55:] = ['end']
for n in (0, 1, 2, 3, 5, 10, 30):
    s = difflib.SequenceMatcher(None, a, b)
    groups = list(s.get_grouped_opcodes(n))
    print(n, len(groups), groups)
    print('  ', s.get_opcodes()[0], s.get_opcodes()[-1])
s = difflib.SequenceMatcher(None, 'same', 'same')
print(list(s.get_grouped_opcodes()), s.get_opcodes())
s = difflib.SequenceMatcher(None, '', '')
print(list(s.get_grouped_opcodes()))
