# python -m timeit with an unknown option and a bad unit
# options: -m timeit -q
print("not run")
