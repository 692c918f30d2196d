# -W as the last argument: CPython's "Argument expected" and usage text.
# options: -W {pyc} -W
print("not reached")
