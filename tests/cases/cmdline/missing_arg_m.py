# -m as the last argument: CPython's "Argument expected" and usage text.
# options: -W {pyc} -m
print("not reached")
