# A directory with no __main__ module.
# options: tests/cases/cmdline
print("not reached")
