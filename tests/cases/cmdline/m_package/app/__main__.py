import sys
print(__name__, __spec__.name, __package__, sys.argv[1:])
print(sys.argv[0] == __file__, __file__.endswith("__main__.py"))
print(sorted(k for k in globals() if k.startswith("__")))
print(__loader__.name, __loader__ is __spec__.loader)
