from .f import g
def h(): pass
