# -c as the last argument: CPython's "Argument expected" and usage text.
# options: -W {pyc} -c
print("not reached")
