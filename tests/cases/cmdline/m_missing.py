# python -m nothere_xyz_module: as CPython
# options: -m nothere_xyz_module
print("the case itself is only an argument here")
