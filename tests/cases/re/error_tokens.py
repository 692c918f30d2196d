# Errors that quote a piece of the pattern: a bad range names each end by its
# first token (a character, or a backslash and the one after it) and sits
# that far back from the range's end; an unknown extension names an escape
# with the character after the backslash.
import re

patterns = [
    r'[\S-\x2d]', r'[\S-a]', r'[\S-\n]', r'[a-\S]', r'[\S-\u0041]', r'[\w-\N{DIGIT ONE}]',
    r'[\d-\101]', r'[\d-\0]', r'xy[\S-\x2d]', r'[\d-\d]', r'[\d-\x]', r'[z-\x2d]',
    r'[\S-\U00000041]', '(?\\i)', '(?\\', '(?\\\\)', '(?\\x41)', '(?\\N{DIGIT ONE})',
    r'[\x41-\S]', r'[\x5a-\x41]', r'[\u0041-\S]', r'[\101-\S]', r'[\N{DIGIT ONE}-\d]',
    r'[\x5a-a\x41]', r'[\x5a-\u0041]', r'[\t-\S]', r'[\x5a-\N{DIGIT ONE}]', '(?P\\x)', '(?<\\x)',
    '(?P\\', '(?<\\', '(?P\\\\)', '(?<\\d', '(?P', '(?<', '[b-a]', '[\u00e9-a]', 'x\n[z-a]',
    '[\\t-\\a]', '[\\n-\\t]', '(?%)', '(?P%)', '(?<%)', '(?\u00e9)', '[a-\\\\]', '[^-\\w]',
]
for p in patterns:
    for pattern in (p, p.encode('latin-1')) if p.isascii() else (p,):
        try:
            re.compile(pattern)
            print(ascii(pattern), 'ok')
        except re.error as e:
            print(ascii(pattern), e, '|', e.pos, e.lineno, e.colno)
