import warnings


def invert(b):
    return ~b


def deprecated_call():
    warnings.warn("helper is deprecated", DeprecationWarning)


def user_warning():
    warnings.warn("from helper")
