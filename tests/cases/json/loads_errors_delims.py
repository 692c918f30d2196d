# The delimiter errors of arrays and objects, trailing commas included.
import json

for text in ['[1', '[1 2]', '[1,]', '[1, ]', '[1,\n]', '{', '{"a"', '{"a" 1}', '{"a":1', '{"a":1,',
             '{"a":1,}', '{"a":1 "b":2}', '{a:1}', "{'a':1}", '{1:2}', '{,}', '{"a":1,,}', '[1,,2]',
             '{"a"::1}', '[}', '{]', '{"a":1]', '[1}', '{"a" : 1 , }', '{ "a" : [ 1 , ] }']:
    try:
        print(repr(text), repr(json.loads(text)))
    except json.JSONDecodeError as e:
        print(repr(text), 'JSONDecodeError:', e)
