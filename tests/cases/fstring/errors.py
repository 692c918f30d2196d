# Format spec errors are ValueErrors with exact messages.
tests = [(1.5, "d"), ("s", "d"), (5, "s"), (3, ".2s"), (1, "z"), ("x", "+")]
for value, spec in tests:
    try:
        print(format(value, spec))
    except ValueError as e:
        print("ValueError:", e)
try:
    print(f"{5:,x}")
except ValueError as e:
    print("ValueError:", e)
