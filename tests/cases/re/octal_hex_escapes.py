# Numeric escapes in patterns: \0 and octal forms, \x, \u, \U, their limits
# and errors, in and out of classes, str and bytes.
import re

for p in [r'\0', r'\00', r'\000', r'\0000', r'\012', r'\101', r'\377', r'\400', r'\777', r'\8', r'\9',
          r'\x41', r'\x4', r'\xg', r'\x', r'\u0041', r'\u004', r'\U00000041', r'\U00110000', r'\U0010ffff',
          r'[\0]', r'[\12]', r'[\101]', r'[\400]', r'[\8]', r'[\x41]', r'[\u0041-\u0043]', r'[\U0001F600]',
          r'\uD800', r'[\uDC00-\uDFFF]', r'\1', r'\01', r'\11a', r'[\x]', r'[\u12]', r'\u12345']:
    for pattern in (p, p.encode()):
        try:
            r = re.compile(pattern)
            subject = '\x00\n\x08A\u00ff\u0100\U0001f600\ud800\udc00C' if isinstance(pattern, str) else b'\x00\n\x08A\xffC'
            print(ascii(pattern), 'ok', ascii(r.findall(subject)))
        except re.error as e:
            print(ascii(pattern), 'error', e)
