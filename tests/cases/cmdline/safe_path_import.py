# -P: the script's directory is not searched, so a module beside it is not found.
# options: -P
try:
    import defaults
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
