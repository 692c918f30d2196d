# decomposition() of every code point of planes 0-2 with one, in both
# databases, folded.
import unicodedata as u
for db in (u, u.ucd_3_2_0):
    count = 0
    tags = {}
    h = 0
    for c in range(0x30000):
        d = db.decomposition(chr(c))
        if d:
            count += 1
            tag = d.split()[0] if d.startswith("<") else ""
            tags[tag] = tags.get(tag, 0) + 1
            for ch in d:
                h = (h * 31 + ord(ch)) & 0xFFFFFFFF
    print(db.unidata_version, count, "%08x" % h, sorted(tags.items()))
print(u.decomposition("\uac00"), "|", u.decomposition("\uac01"), "|", u.decomposition("\ufb01"), "|", u.decomposition("\ufdfa"))
