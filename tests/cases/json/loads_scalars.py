# loads of every kind of JSON value at the top level.
import json

for text in ['null', 'true', 'false', '0', '-0', '1', '-12', '3.25', '-0.0', '1e3', '"s"', '""',
             '[]', '{}', '[null, true, false]', '{"a": null}', 'NaN', 'Infinity', '-Infinity',
             ' 7 ', '\n\t"x"\r\n']:
    v = json.loads(text)
    print(repr(text), repr(v), type(v).__name__)
