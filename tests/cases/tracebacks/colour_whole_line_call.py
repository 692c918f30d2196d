# A call that is the whole line still gets its carets (and colours); one
# that is the whole of `return f()` or `x = f()` gets neither.
# env: FORCE_COLOR=1
def inner():
    raise RuntimeError("deep")

def middle():
    result = inner()
    return result

def outer():
    return middle()

def top():
    outer()

top()
