# More than fifteen members: "and N more exceptions"; and groups nested
# past the depth limit.
# env: FORCE_COLOR=1
def nest(n):
    g = ValueError("leaf")
    for i in range(n):
        g = ExceptionGroup(f"level {i}", [g])
    return g

raise ExceptionGroup("wide", [IndexError(i) for i in range(17)] + [nest(12)])
