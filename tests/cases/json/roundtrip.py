# loads(dumps(x)) == x for documents of every kind, under several options.
import json

docs = [None, True, [1, -2, 3.5, 'four', None, False], {'a': {'b': {'c': [1, [2, [3]]]}}},
        {'unicode': 'caf\xe9 \u65e5 \U0001f600', 'esc': '\x00\n"\\/'}, [1e300, -1e-300, 0.1, 2**80],
        {'': [], ' ': {}, '\t': ''}, [[], [[]], [[], []]], list(range(-5, 5)), {str(i): [i] * i for i in range(6)}]
opts = [{}, {'indent': 2}, {'ensure_ascii': False}, {'separators': (',', ':')}, {'sort_keys': True},
        {'indent': '\t', 'sort_keys': True, 'ensure_ascii': False}]
for doc in docs:
    for kw in opts:
        text = json.dumps(doc, **kw)
        assert json.loads(text) == doc, (doc, kw)
    print(json.dumps(doc)[:70])
print(json.loads(json.dumps((1, (2,)))))
print(json.loads(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd'})))
print(json.loads(json.dumps(['\ud800', '\udfff'])) == ['\ud800', '\udfff'])
