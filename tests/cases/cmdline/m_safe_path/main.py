# -P keeps the current directory out of sys.path: main cannot be found.
# options: -P -m main
print("not reached")
