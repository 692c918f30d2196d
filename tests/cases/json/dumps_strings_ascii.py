# ensure_ascii=True (the default): every control character, the quote and
# backslash, DEL, and everything past ASCII as \u escapes (surrogate pairs
# for astral characters, lone surrogates as they are).
import json

for i in range(0, 0x21):
    print(i, json.dumps(chr(i)))
for s in ['"', '\\', '/', '\x7f', '\x80', '\xe9', '\u0100', '\u2028', '\u2029', '\ufeff', '\uffff',
          '\U00010000', '\U0001f600', '\U0010ffff', '\ud800', '\udfff', '\ud83d\ude00', 'caf\xe9 \u65e5\u672c',
          'a\tb\nc\rd\be\ff', 'mixed "q" \\ / \x00 \u1234 \U00012345 end']:
    print(ascii(s), json.dumps(s))
print(json.dumps({'\xe9\U0001f600': ['\x01', '\u20ac']}))
