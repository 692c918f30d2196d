print("pkg.sub.leaf runs", __name__, __package__)
value = "leaf"
