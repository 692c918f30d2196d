# python -m __phello__.spam: as CPython
# options: -m __phello__.spam
print("the case itself is only an argument here")
