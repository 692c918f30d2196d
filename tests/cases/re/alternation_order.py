# Alternation: the leftmost alternative that lets the whole pattern match
# wins (not the longest); large alternations of words; empty alternatives.
import re

words = ['in', 'int', 'integer', 'interval', 'into', 'i', 'is', 'it', 'item', 'iterate']
big = re.compile('|'.join(words))
big_sorted = re.compile('|'.join(sorted(words, key=len, reverse=True)))
text = 'integer interval into iterate item is it i in int'
print(big.findall(text))
print(big_sorted.findall(text))
print(re.compile(r'\b(?:' + '|'.join(words) + r')\b').findall(text))
for p, s in [(r'a|ab', 'ab'), (r'ab|a', 'ab'), (r'(a|ab)c', 'abc'), (r'(a|ab)(c|bcd)', 'abcd'), (r'|a', 'a'),
             (r'a|', 'a'), (r'(?:a|b|)+', 'abba'), (r'x(?:|y)z', 'xz xyz'), (r'(?i)A|a', 'a'), (r'a|b|c|d|e', 'edcba')]:
    print(p, [m.span() for m in re.finditer(p, s)], re.fullmatch(p, s) and re.fullmatch(p, s).groups())
many = re.compile('|'.join('w%dx' % i for i in range(500)))
print(many.findall('w1x w499x w500x w12x w123x'), many.groups)
