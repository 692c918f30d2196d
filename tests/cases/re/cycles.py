# A subject that refers back to its match, scanner or iterator: the cycles are
# collected (the sanitizer build checks for leaks).
import re
class S(str):
    pass
for i in range(3000):
    s = S('abc')
    s.m = re.search('b', s)
    s.sc = re.compile('b').scanner(s)
    s.it = re.finditer('b', s)
print('ok')
