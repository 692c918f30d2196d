# Containers inside themselves: "Circular reference detected", with notes
# naming the path; check_circular=False lets the same object appear twice.
import json
import re

a = []
a.append(a)
d = {}
d['self'] = d
b = [1, {'x': []}]
b[1]['x'].append(b)
for v in [a, d, b]:
    try:
        json.dumps(v)
    except ValueError as e:
        print('ValueError:', e, e.__notes__)
    try:
        list(json.JSONEncoder().iterencode(v))
    except ValueError as e:
        print('chunked ValueError:', e, e.__notes__)
shared = [1, 2]
print(json.dumps([shared, shared, {'a': shared}]))
print(json.dumps([shared, shared], check_circular=False))
x = [object()]
try:
    json.dumps(x, default=lambda o: x)
except ValueError as e:
    print('via default:', e, e.__notes__)
try:
    json.dumps(a, check_circular=False)
except RecursionError as e:
    print('RecursionError', re.sub(r'\(used \d+ kB\)', '', str(e)))
