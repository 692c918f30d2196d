def level(n):
    try:
        if n == 0:
            raise KeyError("deep")
        level(n - 1)
    except KeyError as e:
        if n == 2:
            raise ValueError(f"converted at {n}") from e
        raise
try:
    level(4)
except ValueError as e:
    print(e, "<-", repr(e.__cause__))
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines)
