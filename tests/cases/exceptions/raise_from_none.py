# raise ... from None suppresses the context.
def first(items):
    try:
        return items[0]
    except IndexError:
        raise LookupError("no items") from None

print(first([5]))
first([])
