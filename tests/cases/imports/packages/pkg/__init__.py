print("pkg runs", __name__, __package__)
value = "pkg"
