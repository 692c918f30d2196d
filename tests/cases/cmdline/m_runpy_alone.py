# python -m runpy: as CPython
# options: -m runpy
print("the case itself is only an argument here")
