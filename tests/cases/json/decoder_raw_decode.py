# raw_decode: a document at an index, and where it ends; what follows is
# left alone, white space before it is not skipped.
import json

d = json.JSONDecoder()
print(d.raw_decode('[1] trailing'), d.raw_decode('{"a": 1}{"b": 2}'), d.raw_decode('"s" x', 0))
text = '{"a": 1}{"b": 2} [3]'
pos = 0
while pos < len(text):
    obj, pos = d.raw_decode(text, pos)
    print(obj, pos)
    while pos < len(text) and text[pos] == ' ':
        pos += 1
for args in [('  [1]',), ('[1]', 3), ('[1]', 10), ('', 0), ('[1]', -1), ('[1]', 1)]:
    try:
        print(args, d.raw_decode(*args))
    except (json.JSONDecodeError, ValueError) as e:
        print(args, type(e).__name__, e)
try:
    d.raw_decode(b'[1]')
except TypeError as e:
    print('TypeError:', e)
print(d.decode(' [1] \n'), d.decode('\t"x"'))
