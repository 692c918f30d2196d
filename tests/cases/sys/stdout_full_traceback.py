# stdout is /dev/full and the program ends with an uncaught exception: the
# traceback, then the report of the failed flush; exit status 120.
# driver: stdout-full
print("hello")
1 / 0
