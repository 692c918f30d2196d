# Unicode against ASCII semantics: \w \d \s \b, case-insensitive matching of
# special characters, scoped ASCII, and str patterns over wide characters.
import re

subjects = ['héllo', 'ÀÉÎ', '٣٤5', 'x_y', 'a\u00a0b', 'a\u2003b', 'δέκα', '日本語', 'Ⅻ', '²', 'İi',
            'ǅ', 'a\u200bb', '\U0001d7d8', 'ﬀ']
for pat in [r'\w+', r'\d+', r'\s+', r'\W+', r'\b\w', r'[\w]+', r'[^\W\d]+']:
    for flags in [0, re.A]:
        print(pat, int(flags), [re.findall(pat, s, flags) for s in subjects])

pairs = [('k', 'K'), ('k', '\u212a'), ('s', '\u017f'), ('S', '\u017f'), ('i', '\u0130'), ('i', '\u0131'),
         ('ß', 'ẞ'), ('µ', 'μ'), ('µ', 'Μ'), ('σ', 'ς'), ('Σ', 'ς'), ('é', 'É'), ('ǆ', 'ǅ'), ('ǆ', 'Ǆ'),
         ('θ', 'ϑ'), ('ω', 'Ω'), ('ω', 'Ω'), ('ﬀ', 'FF'), ('a', 'A'), ('ſ', 'S'), ('1', '1')]
for a, b in pairs:
    print(repr(a), repr(b),
          bool(re.fullmatch(a, b, re.I)), bool(re.fullmatch(b, a, re.I)),
          bool(re.fullmatch('[%s]' % a, b, re.I)), bool(re.fullmatch(a, b, re.I | re.A)),
          bool(re.fullmatch('[%s]' % a, b, re.I | re.A)))
print(re.findall('(?i)[a-z]+', 'ABC def \u212a \u017f é'), re.findall('(?ai)[a-z]+', 'ABC def \u212a \u017f'))
print(re.findall('(?i)[^a-z]+', 'AB-12-cd'), re.findall('(?ai)[^k]', 'kK\u212a'))
print(re.findall('(?a:\\w+) \\w+', 'héllo wörld'), re.findall('(?i:K)k', 'KK kK \u212ak'))
print(re.findall('(?a)(?i:[k])', 'kK\u212a'), re.findall('(?i)(?a:[k])', 'kK\u212a'))
print(re.findall(r'(?i)(\w)\1', 'aA Éé xy'), re.compile('(?u)a').flags, re.compile('a').flags,
      re.compile('a', re.A).flags, re.compile(b'a').flags, re.compile('(?a)a').flags)
print(re.findall('.', '\U0001F600é\x00'), re.sub('é', 'e', 'café résumé'), re.split('ö', 'aöböc'))
print(re.search('[\U0001F600-\U0001F64F]+', 'hi 😀😃 there').span(), len(re.findall('\\w', 'ÿĀ\uffff')))
print(re.findall('\ud800.', 'a\ud800b\ud800'), re.findall('.', '\udfff\ud800'), re.sub('(?i)\udc80', 'x', '\udc80'))
print(re.findall(r'\w|\s', 'a\ud800 '), re.Match[str], re.Pattern[bytes])
