def gather():
    excs = []
    for i, f in enumerate([int, float, lambda s: s.upper(), lambda s: {}[s]]):
        try:
            f("x")
        except Exception as e:
            excs.append(e)
    return ExceptionGroup("gathered", excs)
try:
    raise gather()
except* ValueError as vs:
    print("values", len(vs.exceptions))
except* KeyError as ks:
    print("keys", [str(k) for k in ks.exceptions])
print("done")
try:
    try:
        raise ExceptionGroup("g", [OSError("io"), ValueError("v")])
    except* OSError:
        print("handled OSError")
except ExceptionGroup as rest:
    print("unhandled:", rest.exceptions)
