# --check-hash-based-pycs with another value: CPython's usage error.
# options: --check-hash-based-pycs sometimes
print("not reached")
