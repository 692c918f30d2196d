vals = [0, 1, -1, 7, -7, 3, -3, 2**61, -2**62, 2**62-1, 100, -100, 63, 64, 65]
out = []
for a in vals:
    for b in vals:
        out.append((a & b, a | b, a ^ b))
        if b >= 0: out.append(a >> b)
        if b: out.append((a // b, a % b))
print(hash(tuple(out)), len(out))
