# python -m __hello__.sub: as CPython
# options: -m __hello__.sub
print("the case itself is only an argument here")
