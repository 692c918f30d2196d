# An exception inside a lambda called from a comprehension.
convert = lambda s: int(s) * 2
print([convert(s) for s in ["1", "2"]])
print([convert(s) for s in ["3", "four"]])
