def f(kind):
    out = []
    try:
        out.append("try")
        if kind == "raise":
            raise ValueError
        if kind == "return":
            return out
    except ValueError:
        out.append("except")
    else:
        out.append("else")
    finally:
        out.append("finally")
    out.append("after")
    return out
for k in ["none", "raise", "return"]:
    print(k, f(k))
