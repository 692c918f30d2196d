# ndiff and restore on seeded random line lists (similar lines, moved lines,
# junk lines, tabs in the guide lines).
import difflib

state = 777
def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return (state >> 8) % n

ALPHABETS = ['abcd', 'ab', 'abcdefghij', 'a \t', '#', ' ']
def line():
    alphabet = ALPHABETS[rand(len(ALPHABETS))]
    body = ''.join(alphabet[rand(len(alphabet))] for _ in range(rand(13)))
    return body + ['\n', '\n', ''][rand(3)]

for case in range(300):
    base = [line() for _ in range(rand(9))]
    a = [x if rand(10) < 6 else line() for x in base] + [line() for _ in range(rand(3))]
    b = [x if rand(10) < 6 else x[:3] + 'abx'[rand(3)] + x[4:] for x in base]
    if rand(5) == 0:
        b.reverse()
    junk = [None, difflib.IS_LINE_JUNK][rand(2)]
    delta = list(difflib.ndiff(a, b, junk))
    print(case, delta)
    assert list(difflib.restore(delta, 1)) == a and list(difflib.restore(delta, 2)) == b
