# python -m __hello__: as CPython
# options: -m __hello__
print("the case itself is only an argument here")
