# -X as the last argument: CPython's "Argument expected" and usage text.
# options: -W {pyc} -X
print("not reached")
