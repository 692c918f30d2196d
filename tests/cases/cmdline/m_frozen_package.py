# python -m __phello__: as CPython
# options: -m __phello__
print("the case itself is only an argument here")
