# python -mnothere_xyz: as CPython
# options: -mnothere_xyz
print("the case itself is only an argument here")
