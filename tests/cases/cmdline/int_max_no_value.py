# -X int_max_str_digits without a value.
# options: -X int_max_str_digits
print("not reached")
