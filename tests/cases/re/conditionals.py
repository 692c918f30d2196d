# Conditional groups (?(id)yes|no): numbered and named, with and without the
# no branch, inside repeats, nested, and against groups that did not take part.
import re

cases = [
    (r'(a)?(?(1)b|c)', ['ab', 'c', 'ac', 'b', 'abc', '']),
    (r'(?P<q>")?\w+(?(q)")', ['"abc"', 'abc', '"abc', 'abc"']),
    (r'(<)?\d+(?(1)>)', ['<12>', '12', '<12', '12>']),
    (r'(a)?(b)?(?(1)(?(2)both|one)|none)', ['abboth', 'aone', 'bnone', 'none', 'aboth']),
    (r'(?:(a)|b)(?(1)x|y)+', ['axx', 'byy', 'axy', 'bxy']),
    (r'((a)|b)*(?(2)c|d)', ['abac', 'bbd', 'abd', 'aac']),
    (r'(a)(?(1))b', ['ab']),
    (r'(?P<n>x)?(?(n)|y)z', ['xz', 'yz', 'z']),
    (r'^(\()?[^()]+(?(1)\))$', ['(ab)', 'ab', '(ab', 'ab)']),
    (r'(?i)(a)?(?(1)B|C)', ['Ab', 'c', 'AB']),
    (r'(a)|(?(1)b|c)', ['c', 'a', 'b']),
]
for p, subjects in cases:
    r = re.compile(p)
    for s in subjects:
        m = r.search(s)
        print(p, repr(s), m and (m.group(), m.groups(), m.span()), r.findall(s), r.sub('_', s))
