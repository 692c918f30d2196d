# PYTHONINTMAXSTRDIGITS sets the limit int <-> str conversions check.
# env: PYTHONINTMAXSTRDIGITS=640
import sys

print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
print(len(str(10 ** 639)))
try:
    str(10 ** 640)
except ValueError as e:
    print(e)
try:
    int("1" * 641)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)), sys.flags.int_max_str_digits)
