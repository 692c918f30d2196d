# python -m sys: as CPython
# options: -m sys
print("the case itself is only an argument here")
