print("pkg.sub runs", __name__, __package__)
value = "sub"
