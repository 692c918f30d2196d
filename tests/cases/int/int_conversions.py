for s in ["0", "-12", "+7", " 8 ", "1_000_000", "0x1F", "0o17", "0b1010"]:
    try:
        print(repr(s), int(s, 0))
    except ValueError as e:
        print(repr(s), "error:", e)
print(int("z", 36), int("ZZ", 36), int("-101", 2), int("  ff", 16), int(b"42"), int("٤٢"))
print(str(-0), str(10**25), repr(-10**25), f"{10**25:e}", (10**25).bit_length())
