# "Expecting value" and "Extra data": where a value is missing or
# something follows the document.
import json

for text in ['', ' ', '\n', '[', '[,', '[,]', '{"a":', '{"a": }', '[1,', 'nul', 'tru', 'fals', 'nan', 'inf',
             'Nan', '-Inf', '-', 'x', '@', "'s'", '[1] x', '1 2', '{} {}', 'NaNx', 'nullx', 'true false',
             '"a" "b"', '[1]]', '{}}', '[]\n\n  x', '1,2', '-Infinityx']:
    try:
        print(repr(text), repr(json.loads(text)))
    except json.JSONDecodeError as e:
        print(repr(text), 'JSONDecodeError:', e, '|', e.msg, e.pos, e.lineno, e.colno)
