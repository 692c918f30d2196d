# LOAD_FROM_DICT_OR_DEREF, LOAD_LOCALS: a class body reading a variable of
# the enclosing function; the class namespace wins when it has the name.
def make():
    a = "from the function"
    b = "function b"

    class C:
        b = "class b"
        seen_a = a
        seen_b = b

    return C

C = make()
print(C.seen_a, "|", C.seen_b)
