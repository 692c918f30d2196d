# a module of the package

def answer():
    """The answer."""
    return 42
