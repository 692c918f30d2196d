# python -m timeit -h: the usage text
# options: -m timeit -h
print("not run: -m timeit takes this file as a statement")
