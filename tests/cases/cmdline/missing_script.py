# A script that does not exist: exit status 2, its absolute path.
# options: build/tests/no-such-script.pyc
print("not reached")
