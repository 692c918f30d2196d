# SequenceMatcher's methods one by one, its attributes and documented examples.
import difflib

s = difflib.SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9), s.find_longest_match())
s = difflib.SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9), s.bjunk, s.bpopular)
print(difflib.SequenceMatcher(None, "ab", "c").find_longest_match(0, 2, 0, 1))
s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks(), s.get_opcodes(), s.ratio())
s = difflib.SequenceMatcher(None, "qabxcd", "abycdf")
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('{:7}   a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}'.format(tag, i1, i2, j1, j2, s.a[i1:i2], s.b[j1:j2]))
s = difflib.SequenceMatcher(None, "abcd", "bcde")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio(), sorted(vars(s)))
s.set_seq1('bcde')
print(s.ratio(), s.get_opcodes())
s.set_seqs('', '')
print(s.ratio(), s.get_opcodes(), s.get_matching_blocks(), list(s.get_grouped_opcodes()))
s.set_seq2('x')
print(s.ratio(), s.get_opcodes(), list(s.get_grouped_opcodes()))
a = list(range(1, 40))
b = a[:]
b[8:8] = ['i']
b[20] = 'X'
del b[30:33]
s = difflib.SequenceMatcher(None, a, b)
for group in s.get_grouped_opcodes(2):
    print(group)
print(s.get_opcodes())
m = s.get_matching_blocks()[0]
print(m, m.a, m.b, m.size, type(m).__name__, difflib.Match._fields)
long_b = 'x' * 3 + 'y' * 250
for size_a in ('xy', 'yyyx'):
    s = difflib.SequenceMatcher(None, size_a, long_b)
    print(s.bpopular, s.get_matching_blocks(), sorted(s.b2j))
    s = difflib.SequenceMatcher(None, size_a, long_b, autojunk=False)
    print(s.bpopular, s.get_matching_blocks())
for size in (199, 200, 201, 300, 301):
    for extra in (1, 2):
        b = 'x' * (size // 100 + extra) + 'y' * (size - size // 100 - extra)
        print(size, extra, sorted(difflib.SequenceMatcher(None, '', b).bpopular))
print(difflib.SequenceMatcher[int])
