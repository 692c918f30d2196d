# The identities between the forms, over seeded strings of characters
# with decompositions: NFC(NFD(s)) == NFC(s), NFKC(NFKD(s)) == NFKC(s),
# NFD(NFC(s)) == NFD(s), and each form is stable.
import unicodedata as u

state = 987654321


def below(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
    return (state >> 33) % n


pool = [chr(c) for c in range(0x00C0, 0x0250)] + [chr(c) for c in range(0x0300, 0x0370)]
pool += [chr(c) for c in range(0x1E00, 0x2000, 3)] + [chr(c) for c in range(0xFB00, 0xFB50)]
pool += [chr(c) for c in range(0x3300, 0x3400, 5)] + [chr(c) for c in range(0xF900, 0xFB00, 7)]
broken = 0
for db in (u, u.ucd_3_2_0):
    for i in range(1500):
        s = "".join(pool[below(len(pool))] for _ in range(1 + below(6)))
        nfc, nfd, nfkc, nfkd = (db.normalize(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD"))
        checks = [db.normalize("NFC", nfd) == nfc, db.normalize("NFKC", nfkd) == nfkc,
                  db.normalize("NFD", nfc) == nfd, db.normalize("NFKD", nfkc) == nfkd,
                  db.normalize("NFC", nfc) == nfc, db.normalize("NFKD", nfd) == nfkd]
        if not all(checks):
            broken += 1
            if broken < 5:
                print(db.unidata_version, ascii(s), checks)
print("broken", broken)
