import sys
print(__name__, __spec__.name, sys.argv[0] == __file__, sys.argv[1:], __file__.endswith("tools.zip/kit/__main__.pyc"))
