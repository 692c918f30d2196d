def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"{k!r} not configured") from None
lookup({}, "port")
