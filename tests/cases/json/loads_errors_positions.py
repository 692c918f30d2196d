# JSONDecodeError's line and column in documents of several lines.
import json

docs = ['{\n  "a": 1,\n  "b": [1, 2,\n  ]\n}', '[\n1,\n2\n3]', '\n\n\n   x', '{"a":\n\n"b"\n\n,}',
        '[1,\r\n2,\r\n@]', '{\n"k": "line\nbreak"}', '[\n' + '1,\n' * 50 + ']', '  \n  \n  "unterminated']
for doc in docs:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(e.msg), e.pos, e.lineno, e.colno, str(e))
        print(e.doc is doc, e.args)
