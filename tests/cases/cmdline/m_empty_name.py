# python -m "": as CPython
# options: -m ""
print("the case itself is only an argument here")
