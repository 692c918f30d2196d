# -I implies -P: a module beside the script is not found.
# options: -I
try:
    import defaults
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
