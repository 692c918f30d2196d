# -m pkg.tool runs a submodule as __main__; its package is imported first.
# options: -m pkg.tool --flag
