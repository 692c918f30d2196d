# POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE.
def classify(x):
    out = []
    if x is not None:
        out.append("not None")
    if x is None:
        out.append("None")
    while x is not None:
        x = None
        out.append("looped")
    return out

print(classify(None), classify(0), classify("a"))
