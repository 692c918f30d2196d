values = {}
print("raiser runs as", __name__)
values["missing"]
