# String errors: unterminated, bad escapes, bad \u escapes, control
# characters; each with its position.
import json

for text in ['"abc', '"', '["abc', '{"a', '{"a":"b', '"\\', '"\\"', '"a\\x"', '"\\a"', '"\\U0041"', '"\\u"',
             '"\\u1"', '"\\u12"', '"\\u123"', '"\\u12g4"', '"\\uZZZZ"', '"\\ud800\\u"', '"\\ud800\\u12"',
             '"\\ud800\\uZZZZ"', '"\\ud800\\"', '"a\nb"', '"a\tb"', '"\x00"', '"\x1f"', '"ok\x7f"',
             '["ok", "bad\x01"]', '{"k\x02": 1}', '"\\\'"', '"\\0"']:
    try:
        print(repr(text), ascii(json.loads(text)))
    except json.JSONDecodeError as e:
        print(repr(text), 'JSONDecodeError:', e)
