# -X int_max_str_digits=0: no limit.
# options: -X int_max_str_digits=0
import sys

print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
print(len(str(10 ** 5000)))
