# Strings: every escape, \u escapes with and without surrogate pairs,
# characters outside ASCII as they are.
import json

for text in [r'"plain"', r'"\"\\\/\b\f\n\r\t"', r'"\u0041\u00e9\u20AC"', r'"\ud83d\ude00"', r'"\uD834\uDD1E"',
             r'"\ud800"', r'"\udc00"', r'"\ud800x"', r'"\ud800\u0041"', r'"\udc00\ud800"', r'"\ud800\ud800\udc00"',
             '"caf\u00e9 \U0001f600"', r'"\u0000"', '"\x7f\x80\xff"', r'"a\\nb"', r'"\\u1234"',
             '"' + 'x' * 300 + r'\n' + 'y' * 300 + '"', '"\u2028\u2029"', r'"\u0000\u001f"']:
    v = json.loads(text)
    print(ascii(v)[:80], len(v))
print(json.loads('["a", "b\\"c", {"k\\u00e9y": "v"}]'))
