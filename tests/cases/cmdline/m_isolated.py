# python -I -m nothere_xyz: as CPython
# options: -I -m nothere_xyz
print("the case itself is only an argument here")
