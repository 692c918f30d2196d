# Wide characters before a failing call.
# env: FORCE_COLOR=1
def fail(x):
    raise ValueError(x)

names = ["名前", fail("値")]
