# JSONEncoder's attributes after construction, and its keyword-only
# signature.
import json

def show(e):
    print(repr(e.item_separator), repr(e.key_separator), e.indent, e.skipkeys, e.ensure_ascii,
          e.check_circular, e.allow_nan, e.sort_keys)

show(json.JSONEncoder())
show(json.JSONEncoder(indent=4))
show(json.JSONEncoder(indent='  ', separators=(' ,', ' :')))
show(json.JSONEncoder(skipkeys=1, ensure_ascii=0, check_circular=0, allow_nan=0, sort_keys=1))
print(json.JSONEncoder.item_separator, json.JSONEncoder.key_separator)
e = json.JSONEncoder(default=len)
print(e.default('abc'), 'default' in vars(e), 'default' in vars(json.JSONEncoder()))
for args, kw in [((1,), {}), ((), {'bogus': 1})]:
    try:
        json.JSONEncoder(*args, **kw)
    except TypeError as err:
        print('TypeError:', err)
try:
    json.JSONEncoder().default(3)
except TypeError as err:
    print('TypeError:', err)
e = json.JSONEncoder()
e.indent = 2
e.item_separator = ','
print(e.encode([1, [2]]))
