# Documents nested past what the C stack holds: RecursionError, decoding
# and encoding (the Python chunked encoder by the recursion limit).
import json
import re

def show(e):
    print(type(e).__name__, re.sub(r'\(used \d+ kB\)', '(used N kB)', str(e)))

for doc in ['[' * 1000000, '{"a":' * 1000000]:
    try:
        json.loads(doc)
    except RecursionError as e:
        show(e)
x = []
for i in range(1000000):
    x = [x]
for kw in ({}, {'sort_keys': True}):
    try:
        json.dumps(x, **kw)
    except RecursionError as e:
        show(e)
try:
    list(json.JSONEncoder().iterencode(x))
except RecursionError as e:
    show(e)
print(len(json.dumps(json.loads('[' * 500 + ']' * 500))))
print(len(json.dumps(json.loads('{"a":' * 300 + '1' + '}' * 300), indent=1)))
