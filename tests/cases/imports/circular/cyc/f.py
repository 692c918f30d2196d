from .e import h
def g(): pass
