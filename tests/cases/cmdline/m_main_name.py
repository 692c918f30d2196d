# python -m __main__: as CPython
# options: -m __main__
print("the case itself is only an argument here")
