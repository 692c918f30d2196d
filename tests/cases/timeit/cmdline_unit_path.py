# python -m timeit with --unit given the case file as its unit: the unit error, exit status 2
# options: -m timeit -p --unit
print("not run")
