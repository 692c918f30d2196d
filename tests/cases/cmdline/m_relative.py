# python -m .rel: as CPython
# options: -m .rel
print("the case itself is only an argument here")
