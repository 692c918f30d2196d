# The package's __init__ raises while -m pkg.mod imports it.
# options: -m pkg.mod
