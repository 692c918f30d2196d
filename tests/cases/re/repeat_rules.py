# How repeats apply: a possessive repeat of a group never backtracks into an
# iteration; a repeat after a comment applies to the item before it; items
# of no width repeated (assertions, empty groups), {0}, inside look-behinds
# too; names and comments where a backslash takes the next character.
import re

cases = [
    (r'(?:.+){2}+', ['abcd']), (r'(?>(?:.+){2})', ['abcd']), (r'(?:a+){2}+', ['aaaa']), (r'(?:a+)++', ['aaaa']),
    (r'(?:a+|b){2}+', ['aab']), (r'(?:a+b?){2}+', ['aaab']), (r'(?:a|ab)++c', ['abc']), (r'(?:ab|a)++c', ['abc']),
    (r'(?:a|ab){2}+c', ['aabc']), (r'(?:a+){1,2}+', ['aaa']), (r'(?:a+){2,3}+', ['aaa']), (r'(a+){2}+', ['aaaa']),
    (r'(?:a*){2}+b', ['aab']), (r'(?:.*){2}+$', ['ab']), (r'(?:\w+){3}+', ['abc']), (r'(?:a+?){2}+', ['aaa']),
    (r'(?:a{1,2}){2}+', ['aaa']), (r'a(?#x)*', ['aaa']), (r'a(?#x){2}', ['aaa']), (r'(?:ab)(?#c)+', ['ababx']),
    (r'(?=a)*a', ['a']), (r'(?=(a))+\w', ['ab']), (r'(?=(a))*?\w', ['ab']), (r'(?!b){2,}\w', ['ab']),
    (r'(\b)+\w', ['a b']), (r'(a){0}b', ['ab']), (r'(a){0}\1?b', ['ab']), (r'x(?<=(?P<g>(?!\\))+x)', ['x']),
    (r'(?<=a(?<!b){2,}a)c', ['aac']), (r'(?<=(?:(a)*){0}b)c', ['bc']), (r'(?<=a(?=b)*?)b', ['ab']),
    (r'((?=(a\B|b\B|A{,2})S{0}).{,2}?)|\D', ['ab0', 'sS']), (r'(?#a\)b)c', ['c']), (r'(?#a\\)c', ['c']),
    (r'(?=(\w+))(a)', ['ab']), (r'((a)(?=(bc)))', ['abc']), (r'(?=(a)(?=(\w+)))(a)(b)?', ['ab', 'ac']),
]
for p, subjects in cases:
    r = re.compile(p)
    for s in subjects:
        m = r.search(s)
        print(ascii(p), ascii(s), m and (m.span(), m.groups(), m.lastindex), r.findall(s), [m.span() for m in r.finditer(s)])
for p in ['(?P<a\\>b>x)', '(?P<a\\', '(?P<\\', '(?P<a\\>', '(?P=a\\)x)', '(?P=a\\', '(?(a\\)b)', '(?(a\\',
          '(?P<a>x)(?P=a\\))', '(?P<\\>>x)', '(?P<>x)', '(?P<a\\b>x)', '(?(\\)b)c)', '(?P<a>x)(?(a\\\\)b)',
          '(?#a\\)', '(?#a\\', '(?#\\', '((?x)\\t|[^1-2]{\\N{,2}?', '(a|(?x)b)\\N{,2}', 'x(?i)\\N{x}',
          '\\N{.\\', '.\\N{SPACE\\}++', '[\\N{A\\', '(?P<g>(?!a){0})(?<=x(?P=g){0,1})y', '(?<=x(?=a)?(?=b){0})y']:
    try:
        print(ascii(p), re.compile(p))
    except re.error as e:
        print(ascii(p), e)
