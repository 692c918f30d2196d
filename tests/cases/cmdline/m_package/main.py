# `-m app` runs the package's __main__ submodule.
# options: -m app
# args: x y
print("never run as the main module")
