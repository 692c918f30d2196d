# -X int_max_str_digits below 640.
# options: -X int_max_str_digits=5
print("not reached")
