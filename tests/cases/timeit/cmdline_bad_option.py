# python -m timeit with an unknown long option: getopt's message on stdout, exit status 2
# options: -m timeit --frobnicate
print("not run")
