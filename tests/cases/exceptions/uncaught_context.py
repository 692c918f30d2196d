def load(d, key):
    return d[key]

def process():
    try:
        return load({"a": 1}, "b")
    except KeyError:
        cfg = None
        return cfg.value

process()
