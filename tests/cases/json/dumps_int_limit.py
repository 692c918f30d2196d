# Huge ints follow int's digit limit when written, as values and as keys.
import json
import sys

big = 10 ** 5000
for v in [big, [big], {'k': big}, {big: 1}]:
    try:
        json.dumps(v)
    except ValueError as e:
        print('ValueError:', e, getattr(e, '__notes__', None))
    try:
        list(json.JSONEncoder().iterencode(v))
    except ValueError as e:
        print('chunked ValueError:', e)
print(len(json.dumps(10 ** 4299)))
sys.set_int_max_str_digits(0)
print(len(json.dumps([big])), len(json.dumps({big: 0})))
