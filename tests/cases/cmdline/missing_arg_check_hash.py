# --check-hash-based-pycs as the last argument.
# options: -W {pyc} --check-hash-based-pycs
print("not reached")
