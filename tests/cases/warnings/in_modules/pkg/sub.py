import warnings


def warn_caller():
    warnings.warn("blame the caller", stacklevel=2)


def warn_here():
    warnings.warn("from pkg.sub")
