# python -m runpy __hello__: as CPython
# options: -m runpy __hello__
print("the case itself is only an argument here")
