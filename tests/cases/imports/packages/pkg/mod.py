print("pkg.mod runs", __name__, __package__)
