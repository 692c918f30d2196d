def inner():
    return {}["missing"]

def outer():
    return inner()

outer()
