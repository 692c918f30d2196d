def risky():
    return {}["key"]
def handler():
    try:
        risky()
    except KeyError:
        print("logging and re-raising")
        raise
handler()
