# Atomic groups and possessive repeats whose alternatives may match the empty
# string: once the group has matched, the search does not come back into it,
# at every starting position.
import re

subjects = ['A\tB', 'aac', 'aaa', 'baaa', 'xaac', '', 'b', 'ab\nab', 'aaab']
patterns = [
    r'(?>.*|[^\n]?).', r'(?>.*|b?).', r'(?>a*|b?)c', r'(?>.*|x)(?:y)*+.', r'(?>.*|x)(?:y)*.',
    r'(?>.*)(?:y)*+.', r'(?>.*|x)(?>[b]S|y)*+.', r'(?>.*|[^\n]?)(?>[K-L_b-e]{0,1}S|\bcS{0,1}?B)*+.',
    r'(?:(?>.*|b?).)', r'a?(?>.*|b?).', r'(?>.*|b?)x', r'c?(?>.*|b?).', r'(?>.*|b)?.', r'(?>.+|b?).',
    r'(?>.*|b).', r'(?>.*|).', r'(?>.*).', r'(?>b?|.*).', r'(?>a*|b?).', r'(?>a*|b?)a',
    r'(?>[ab]*|c?).', r'(?>.*|b?)$', r'(?>(?:.*)|b?).', r'(?>(?:.*|b?)).', r'(?>(.*)|b?).',
    r'(?>.*?|b?).', r'(?>.{0,}|b?).', r'(?:a*|b?)?+a', r'(?:a*|b?)++a', r'(?:a*|b?){1}+a',
    r'(?>a*)a', r'(?>(?:a*|b?))a', r'(?>a*b?|c)a', r'(?>a+|b)a', r'(?>a*|b?)+a', r'(?>(?>a*)|b?)a',
    r'(?>a*+|b?)a', r'(?>x|a*)a', r'(?>a*|b?)', r'(?>a{0,5}|b?)a', r'(a*|b?){1}+a', r'(?>(a)*|(b)?)a',
]
for p in patterns:
    r = re.compile(p)
    print(p, [(m.span(), m.groups()) for s in subjects for m in [r.search(s)] if m], r.findall('aaab aac'))
