# bool: arithmetic, conversions and truth values.
print(True, False, True + True, True * 10, False - 1, -True, True / 2)
print(True & False, True | False, True ^ True, True == 1, False == 0, True is True)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("a"), bool([]), bool([0]),
      bool(()), bool({}), bool(None), bool(range(0)), bool(range(1)))
print(repr(True), str(False), int(True), float(False), isinstance(True, int))
print(not True, not 0, not "", not [1])
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "x", "" and "y", [] or {} or 0)
