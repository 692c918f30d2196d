# Junk and popular elements: matches never start on them but may be extended.
import difflib

cases = [(" abcd", "abcd abcd", lambda c: c == " "),
         ("a b c d", "a  b  c  d", lambda c: c == " "),
         ("x" * 10 + "abc", "abc" + "x" * 300, None),
         ("private Thread currentThread;", "private volatile Thread currentThread;",
          lambda c: c in " \t"),
         (list("aaabbbcccddd"), list("dddcccbbbaaa"), lambda c: c == "b")]
for a, b, junk in cases:
    for autojunk in (True, False):
        s = difflib.SequenceMatcher(junk, a, b, autojunk)
        print(s.find_longest_match(), s.get_matching_blocks(), round(s.ratio(), 6))
        print(sorted(s.bjunk), sorted(s.bpopular))
lines_a = ['x\n'] * 5 + ['keep\n'] + ['\n'] * 3
lines_b = ['\n'] * 2 + ['keep\n'] + ['x\n'] * 4
for junk in (None, difflib.IS_LINE_JUNK):
    s = difflib.SequenceMatcher(junk, lines_a, lines_b)
    print(s.get_opcodes())
