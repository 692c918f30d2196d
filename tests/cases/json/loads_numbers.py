# Numbers: ints of any size, floats as float() reads them, exponents,
# what stops a number, and the int digits limit.
import json
import sys

for text in ['0', '-0', '7', '-7', '123456789012345678901234567890', '-' + '9' * 100, '0.5', '-0.5',
             '1.0', '1e5', '1E5', '1e+5', '1e-5', '1.5e300', '1e400', '-1e400', '1e-400', '2.2250738585072014e-308',
             '0.1', '0.30000000000000004', '123.456e-2', '9007199254740993', '9007199254740993.0',
             '[1,2.0,3e0]', '1.7976931348623157e308', '4.9e-324', '0e0', '-0e-0']:
    v = json.loads(text)
    print(text[:40], repr(v)[:60], type(v).__name__)
for bad in ['01', '-', '-a', '1.', '.5', '1e', '1e+', '+1', '0x10', '1.5.5', '--1', '1_000', '00', '-01']:
    try:
        print(repr(bad), repr(json.loads(bad)))
    except json.JSONDecodeError as e:
        print(repr(bad), 'JSONDecodeError:', e)
for n in [4300, 4301, 5000]:
    try:
        print(n, len(str(json.loads('1' * n))))
    except ValueError as e:
        print(n, 'ValueError:', e)
try:
    json.loads('[' + '2' * 4400 + ']')
except ValueError as e:
    print('ValueError:', e)
print(len(str(json.loads('1' * 5000 + '.0'))))
sys.set_int_max_str_digits(0)
print(len(str(json.loads('7' * 6000))))
