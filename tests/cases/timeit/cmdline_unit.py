# python -m timeit with an unknown unit: exit status 2, message on stderr
# options: -m timeit -u parsecs
print("not run")
