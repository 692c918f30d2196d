from . import NAME


def describe():
    return NAME + ", " + __name__


def fail():
    raise ValueError("raised in a zip")
