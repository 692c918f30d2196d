# White space: the four JSON characters are allowed around every token,
# anything else is not.
import json

for text in [' [ 1 , 2 ] ', '\t{\n"a"\r:\t1\n}\n', '\r\n\r\n[]\r\n', '[\n\n\n]', '{ }', '[ ]',
             '\u00a0[]', '[]\u00a0', '\x0b1', '1\x0c', '\u2028[]', '[1\u3000,2]', ' \t\n\r']:
    try:
        print(ascii(text), json.loads(text))
    except json.JSONDecodeError as e:
        print(ascii(text), 'JSONDecodeError:', e)
