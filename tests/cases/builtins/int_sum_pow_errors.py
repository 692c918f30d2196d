# Error texts and the order of argument checks in int.to_bytes, int() of
# bytes-like text, sum() with a refused start, and pow() with a modulus.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r))


show("to_bytes both wrong", lambda: (7).to_bytes(-2, "middle"))
show("to_bytes order", lambda: (7).to_bytes(2, "middle"))
show("to_bytes length", lambda: (7).to_bytes(-1, "big"))
show("to_bytes ok", lambda: (7).to_bytes(2, "little"))
show("int bytearray", lambda: int(bytearray(b"xyz")))
show("int empty bytearray", lambda: int(bytearray()))
show("int bytearray base", lambda: int(bytearray(b" 1x "), 16))
show("int bytes", lambda: int(b"12z"))
show("int bytearray ok", lambda: int(bytearray(b" 42 ")))
show("sum int, bytearray", lambda: sum(3, bytearray()))
show("sum int, str", lambda: sum(3, "a"))
show("sum list, bytearray", lambda: sum([], bytearray()))
show("sum list, bytes", lambda: sum([b"a"], b""))
show("pow bytes complex", lambda: pow(b"a,b", 1j, 7))
show("pow int complex", lambda: pow(1, 1j, 7))
show("pow complex int", lambda: pow(1j, 1, 7))
show("pow float complex", lambda: pow(1.0, 1j, 7))
show("pow complex float", lambda: pow(1j, 1.0, 7))
show("pow bytes int", lambda: pow(b"", 1, 7))
show("pow int str float", lambda: pow(2, "a", 1.5))
show("pow str int complex", lambda: pow("a", 2, 1j))
show("pow int int complex", lambda: pow(2, 3, 1j))
show("pow int int float", lambda: pow(2, 3, 1.5))
show("pow ok", lambda: pow(3, 4, 5))
