# SequenceMatcher on seeded random strings: blocks, opcodes, groups, ratios,
# with and without junk and the popularity rule.
import difflib

state = 4321
def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return (state >> 8) % n

ALPHABETS = ['ab', 'abc', 'abcdefgh', 'ab \t']
def text():
    alphabet = ALPHABETS[rand(4)]
    size = rand([6, 20, 60, 300][rand(4)])
    return ''.join(alphabet[rand(len(alphabet))] for _ in range(size))

JUNK = [None, lambda c: c == ' ', lambda c: c in 'a ']
for case in range(250):
    a, b = text(), text()
    s = difflib.SequenceMatcher(JUNK[rand(3)], a, b, autojunk=bool(rand(2)))
    n = rand(5)
    print(case, len(a), len(b), s.get_matching_blocks())
    print(' ', s.get_opcodes())
    print(' ', list(s.get_grouped_opcodes(n)))
    print(' ', s.ratio(), s.quick_ratio(), s.real_quick_ratio(), sorted(s.bjunk), sorted(s.bpopular))
    print(' ', s.find_longest_match(1, max(len(a) - 1, 1), 2, len(b)))
