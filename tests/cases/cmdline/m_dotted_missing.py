# python -m nothere_xyz.sub: as CPython
# options: -m nothere_xyz.sub
print("the case itself is only an argument here")
