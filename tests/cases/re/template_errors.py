# Replacement templates: every kind of escape and group reference, and the
# errors (with positions) for the bad ones, in str and bytes.
import re

p = re.compile(r'(?P<first>a)(b)?')
templates = [r'\1', r'\2', r'\g<1>', r'\g<first>', r'\g<0>', r'\g<2>', r'\n\t\\', r'\0', r'\07', r'\101',
             r'\141x', r'\8', r'\3', r'\g<3>', r'\g<x>', r'\g<1', r'\g', r'\g<>', r'\g<-1>', r'\g<1a>',
             r'\q', '\\', r'\g<first', r'\400', r'\777', r'\11', r'\1\2\g<0>', r'[\g<2>]', r'\a\b\f\v\r',
             r'\g< 1>', r'\g<\u00e9>', r'\u0041', r'\x41', r'\N{SPACE}', r'\%', r'\-', r'\g<01>', r'\g<+1>',
             r'\g<\u0661>']
for t in templates:
    for pattern, subject, template in [(p, 'ab a', t), (re.compile(p.pattern.encode()), b'ab a', t.encode('latin-1'))]:
        try:
            print(ascii(template), ascii(pattern.sub(template, subject)), ascii(pattern.match(subject).expand(template)))
        except re.error as e:
            print(ascii(template), 'error', e, e.pos)
        except (IndexError, TypeError, ValueError) as e:
            print(ascii(template), type(e).__name__, e)
