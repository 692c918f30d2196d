import importlib.resources


def here():
    return importlib.resources.files()
