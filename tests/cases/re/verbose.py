# VERBOSE: white space and comments outside classes mean nothing; escaped
# spaces and '#' are literal; inside classes everything counts; scoped and
# global (?x).
import re

cases = [
    (r'a b c', 'abc a b c', re.X), (r'a\ b', 'a b ab', re.X), (r'a # comment' '\n' r'b', 'ab', re.X),
    (r'[ #]', 'a #', re.X), (r'a\#b', 'a#b', re.X), (r'(?x) a  b', 'ab', 0), (r'(?x: a b ) c', 'ab c abc', 0),
    (r'a{1, 2}', 'a{1, 2} aa', re.X), (r'a{ 1,2}', 'a{ 1,2}', 0), (r'a {2}', 'aa', re.X),
    (r'(?P< n >a)', 'a', re.X), ('a\tb\r\nc\x0bd\x0ce', 'abcde', re.X), (r'\d + \s*', '12  3', re.X),
    (r'( a | b ) +', 'abba', re.X), (r'a#', 'a', re.X), ('#only', '', re.X), (r'\ ', ' ', re.X),
    (r'(?x)[a ]+ b', 'a a b', 0), (r'a(?#not x) b', 'a b', 0), (r'(?-x: a ) b', ' a b', re.X),
    (b'a b # x', b'ab', re.X), ('a\u3000b', 'ab a\u3000b', re.X), ('a\u2028b', 'ab', re.X),
]
for p, s, f in cases:
    try:
        r = re.compile(p, f)
    except re.error as e:
        print(ascii(p), 'error', e)
        continue
    print(ascii(p), ascii(r.findall(s)), r.groups)
