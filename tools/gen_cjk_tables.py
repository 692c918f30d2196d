#!/usr/bin/env python3
"""Writes src/modules/_codecs_cjk_data.c: the mappings of CPython 3.14's
double-byte CJK codecs, measured from the reference interpreter (each
byte sequence decoded, each BMP character encoded), as compact streams
the C codecs expand when first used.

A codec's decoding stream lists items (code, count, ...): code is the
byte sequence (a single byte below 0x100, else lead << 8 | trail, or
for the three-byte plane the two bytes after its prefix), count the
number of consecutive codes; bit 15 of count set: count code points
follow, one per code; clear: one code point follows, the first of a run
of consecutive ones.  Encoding is the inverse of decoding (the lowest
code winning) corrected by a list of (code point, code) pairs, code
0xFFFFFFFF meaning "not encodable".  Run with tools/python3.14;
--check compares the committed file with what would be written."""
import codecs
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "src", "modules", "_codecs_cjk_data.c")
# (codec module, the prefix byte of its three-byte plane or 0)
CODECS = [("gb2312", 0), ("gbk", 0), ("big5", 0), ("cp950", 0), ("shift_jis", 0),
          ("cp932", 0), ("euc_kr", 0), ("cp949", 0), ("euc_jp", 0x8F), ("johab", 0),
          ("gb18030", 0), ("big5hkscs", 0), ("euc_jis_2004", 0x8F), ("euc_jisx0213", 0x8F),
          ("shift_jis_2004", 0), ("shift_jisx0213", 0)]
# codecs whose decoding streams only list what differs from an earlier one's
BASES = {"euc_jisx0213": "euc_jis_2004", "shift_jisx0213": "shift_jis_2004", "big5hkscs": "big5"}
FOUR_BYTE = "gb18030"  # its four-byte sequences: runs for the BMP, arithmetic beyond
NONE = 0xFFFFFFFF


def decode_one(name, data, wide=None, code=None):
    """The code point data decodes to (None: not one BMP character, those
    going to wide[code] as (code point, second code point or 0), and an
    error longer than a byte as (0, its length)), and the reason of the
    error."""
    try:
        text = data.decode(name)
    except UnicodeDecodeError as e:
        if wide is not None and e.start == 0 and e.end > 1:
            wide[code] = (0, e.end)
        return None, e.reason
    if len(text) == 1 and ord(text) < 0x10000:
        return ord(text), None
    if wide is not None and 0 < len(text) <= 2:
        wide[code] = (ord(text[0]), ord(text[1]) if len(text) == 2 else 0)
    return None, None


def measure(name, prefix):
    """{code: code point} of the two-byte plane (with single bytes), the
    three-byte plane, and the set of bytes starting longer sequences."""
    plane, plane3, leads, wide = {}, {}, set(), {}
    for b in range(256):
        cp, why = decode_one(name, bytes([b]))
        if cp is not None:
            plane[b] = cp
        elif why.startswith("incomplete"):
            leads.add(b)
    for lead in sorted(leads):
        if lead == prefix:
            continue
        for trail in range(256):
            cp, _ = decode_one(name, bytes([lead, trail]), wide, lead << 8 | trail)
            if cp is not None:
                plane[lead << 8 | trail] = cp
    if prefix:
        for b2 in range(0xA1, 0xFF):
            for b3 in range(0xA1, 0xFF):
                cp, _ = decode_one(name, bytes([prefix, b2, b3]), wide, prefix << 16 | b2 << 8 | b3)
                if cp is not None:
                    plane3[b2 << 8 | b3] = cp
    return plane, plane3, leads, wide


def pairs_of(name, wide):
    """(first, second, code) of the two-character sequences the encoder
    writes as one code: each pair decoding gives, tried back."""
    out = []
    for code, (first, second) in sorted(wide.items()):
        if not first or not second:
            continue
        data = (chr(first) + chr(second)).encode(name)
        got = int.from_bytes(data, "big")
        assert got == code, (name, hex(code), data)
        out.append((first, second, got))
    return [v for pair in sorted(out) for v in pair]


def four_index(data):
    return (((data[0] - 0x81) * 10 + data[1] - 0x30) * 126 + data[2] - 0x81) * 10 + data[3] - 0x30


def four_runs(name):
    """(first index, count, first code point) of the four-byte sequences
    starting 0x81..0x84 (the BMP), consecutive indexes to consecutive
    code points."""
    found = {}
    for b1 in range(0x81, 0x85):
        for b2 in range(0x30, 0x3A):
            for b3 in range(0x81, 0xFF):
                for b4 in range(0x30, 0x3A):
                    data = bytes([b1, b2, b3, b4])
                    cp, _ = decode_one(name, data)
                    if cp is not None:
                        found[four_index(data)] = cp
    runs = []
    for index in sorted(found):
        if runs and runs[-1][0] + runs[-1][1] == index and runs[-1][2] + runs[-1][1] == found[index]:
            runs[-1][1] += 1
        else:
            runs.append([index, 1, found[index]])
    return [v for run in runs for v in run]


def four_code(index):
    out = []
    for size in (10, 126, 10):
        index, rest = divmod(index, size)
        out.append(rest)
    b4, b3, b2 = out
    return (index + 0x81) << 24 | (b2 + 0x30) << 16 | (b3 + 0x81) << 8 | (b4 + 0x30)


def stream(plane):
    out = []
    codes = sorted(plane)
    i = 0
    while i < len(codes):
        j = i + 1  # a run: consecutive codes to consecutive code points
        while (j < len(codes) and j - i < 0x7FFF and codes[j] == codes[j - 1] + 1
               and plane[codes[j]] == plane[codes[j - 1]] + 1):
            j += 1
        if j - i >= 3:
            out += [codes[i], j - i, plane[codes[i]]]
            i = j
            continue
        j = i + 1  # literals: consecutive codes, until a run of three starts
        while j < len(codes) and j - i < 0x7FFF and codes[j] == codes[j - 1] + 1:
            if (j + 2 < len(codes) and codes[j + 2] == codes[j] + 2
                    and plane[codes[j + 1]] == plane[codes[j]] + 1 and plane[codes[j + 2]] == plane[codes[j]] + 2):
                break
            j += 1
        out += [codes[i], 0x8000 | (j - i)] + [plane[c] for c in codes[i:j]]
        i = j
    return out


def encode_fixes(name, plane, plane3, prefix, four, wide):
    guess = {}
    for code in sorted(plane):
        guess.setdefault(plane[code], code)
    for code in sorted(plane3):
        guess.setdefault(plane3[code], prefix << 16 | code)
    for code in sorted(wide):
        if wide[code][0] and not wide[code][1]:
            guess.setdefault(wide[code][0], code)
    for k in range(0, len(four), 3):
        for j in range(four[k + 1]):
            guess.setdefault(four[k + 2] + j, four_code(four[k] + j))
    fixes = []
    beyond = range(0x20000, 0x30000) if wide else ()
    for cp in list(range(0x10000)) + list(beyond):
        if 0xD800 <= cp < 0xE000:
            continue
        try:
            got = int.from_bytes(chr(cp).encode(name), "big")
        except UnicodeEncodeError:
            got = NONE
        if NONE != got > 0xFFFFFF:  # a make-up sequence of euc_kr: see makeup()
            got = NONE if cp not in guess else got
            if got == NONE:
                continue
        if guess.get(cp, NONE) != got:
            fixes += [cp, got]
    return fixes


def makeup(name):
    """euc_kr writes a Hangul syllable KS X 1001 lacks as A4 D4 and the
    codes of its three jamo: the 19 initial, 21 medial and 28 final
    (the first: none) codes, measured from syllables encoded so."""
    parts = [{}, {}, {}]
    for cp in range(0xAC00, 0xD7A4):
        data = chr(cp).encode(name)
        if len(data) != 8:
            continue
        index = cp - 0xAC00
        for part, at, key in zip(parts, (2, 4, 6), (index // 588, index // 28 % 21, index % 28)):
            code = data[at] << 8 | data[at + 1]
            assert part.setdefault(key, code) == code
    out = []
    for part, size in zip(parts, (19, 21, 28)):
        assert sorted(part) == list(range(size)), name
        out += [part[k] for k in range(size)]
    return out


def based(plane, plane3, prefix, wide, base_plane, base_plane3):
    """The streams of a codec listing only what differs from its base's
    planes; the codes of the base it lacks go to wide as one-byte errors
    (unless wide has them)."""
    own = [{c: v for c, v in mine.items() if theirs.get(c) != v}
           for mine, theirs in ((plane, base_plane), (plane3, base_plane3))]
    for mine, theirs, high in ((plane, base_plane, 0), (plane3, base_plane3, prefix << 16)):
        for code in theirs:
            if code not in mine and code > 0xFF:
                wide.setdefault(high | code, (0, 1))
    return stream(own[0]), stream(own[1])


def words(values, per_line=12):
    rows = []
    for i in range(0, len(values), per_line):
        rows.append("    " + ", ".join("0x%X" % v for v in values[i:i + per_line]) + ",")
    return "\n".join(rows)


def render():
    parts = ["/* The mappings of the table-driven CJK codecs, measured from CPython 3.14.\n"
             " * Generated by tools/gen_cjk_tables.py: do not edit. */\n"
             "#include \"modules/_codecs_cjk.h\"\n"]
    entries, measured = [], {}
    for name, prefix in CODECS:
        plane, plane3, leads, wide = measure(name, prefix)
        measured[name] = plane, plane3
        ident = name.replace("-", "_")
        s2, s3 = stream(plane), stream(plane3)
        base = BASES.get(name)
        if base:
            s2, s3 = based(plane, plane3, prefix, wide, *measured[base])
        four = four_runs(name) if name == FOUR_BYTE else []
        fixes = encode_fixes(name, plane, plane3, prefix, four, wide)
        pairs = pairs_of(name, wide)
        mask = [0] * 8
        for b in leads:
            mask[b >> 5] |= 1 << (b & 31)
        parts.append("\nstatic const uint16_t %s_dec[] = {\n%s\n};\n" % (ident, words(s2 or [0, 0, 0])))
        if s3:
            parts.append("static const uint16_t %s_dec3[] = {\n%s\n};\n" % (ident, words(s3)))
        parts.append("static const uint32_t %s_fix[] = {\n%s\n};\n" % (ident, words(fixes or [NONE, NONE], 6)))
        jamo = makeup(name) if name == "euc_kr" else None
        if jamo:
            parts.append("static const uint16_t %s_jamo[] = {\n%s\n};\n" % (ident, words(jamo)))
        if wide:
            flat = [v for code in sorted(wide) for v in (code,) + wide[code]]
            parts.append("static const uint32_t %s_wide[] = {\n%s\n};\n" % (ident, words(flat, 6)))
        if pairs:
            parts.append("static const uint32_t %s_pairs[] = {\n%s\n};\n" % (ident, words(pairs, 6)))
        if four:
            parts.append("static const uint32_t %s_four[] = {\n%s\n};\n" % (ident, words(four, 6)))
        entries.append('    {"%s", %s_dec, %d, %s, %d, 0x%X, %s_fix, %d, {%s}, %s, %s, %d, %s, %d, %s, %d, %d},\n' % (
            codecs.lookup(name).name, ident, len(s2), ident + "_dec3" if s3 else "NULL", len(s3), prefix,
            ident, len(fixes) // 2, ", ".join("0x%X" % m for m in mask), ident + "_jamo" if jamo else "NULL",
            ident + "_four" if four else "NULL", len(four) // 3, ident + "_wide" if wide else "NULL", len(wide),
            ident + "_pairs" if pairs else "NULL", len(pairs) // 3,
            [n for n, _ in CODECS].index(base) if base else -1))
    parts.append("\nconst CjkTable Cjk_Tables[] = {\n%s    {NULL},\n};\n" % "".join(entries))
    parts.append(render_iso2022())
    return "".join(parts)


# ---- the ISO 2022 codecs -------------------------------------------------------------
# The sets they designate, by CPython's mark (the final byte of the escape,
# | 0x80 for two-byte sets): (escape, table codec whose codes | 0x8080 it
# takes or None, that codec's three-byte plane), measured and corrected below.
SETS = {
    0xC2: (b"\x1b$B", "euc_jp", False), 0xC0: (b"\x1b$@", "euc_jp", False), 0xC4: (b"\x1b$(D", "euc_jp", True),
    0xC3: (b"\x1b$(C", "euc_kr", False), 0xC1: (b"\x1b$A", "gb2312", False),
    0xD1: (b"\x1b$(Q", "euc_jis_2004", False), 0xCF: (b"\x1b$(O", "euc_jisx0213", False),
    0xD0: (b"\x1b$(P", "euc_jis_2004", True),
    0x4A: (b"\x1b(J", None, False), 0x49: (b"\x1b(I", None, False),
    0x41: (b"\x1b.A\x1bN", None, False), 0x46: (b"\x1b.F\x1bN", None, False),
}
G2_SETS = (0x41, 0x46)
# (codec, CPython's flags: 1 no shift, 2 G2, 4 JIS X 0208 prefix; 8 here:
# designations go to G1, shifted out; the sets it designates in order)
ISO2022 = [("iso2022_kr", 8, [0xC3]), ("iso2022_jp", 5, [0xC2, 0x4A, 0xC0]),
           ("iso2022_jp_1", 5, [0xC2, 0xC4, 0x4A, 0xC0]),
           ("iso2022_jp_2", 7, [0xC2, 0xC4, 0xC3, 0xC1, 0x4A, 0xC0, 0x41, 0x46]),
           ("iso2022_jp_2004", 5, [0xC2, 0xD1, 0xD0]), ("iso2022_jp_3", 5, [0xC2, 0xCF, 0xD0]),
           ("iso2022_jp_ext", 5, [0xC2, 0xC4, 0x4A, 0x49, 0xC0])]


def text_of(codec, data):
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def set_decoding(codec, mark):
    """{code: text} of a set, as codec decodes it once designated."""
    escape = SETS[mark][0]
    if mark in G2_SETS:
        return {b: text_of(codec, escape + bytes([b])) for b in range(256)}
    if mark < 0x80:
        return {b: text_of(codec, escape + bytes([b])) for b in range(0x20, 0x80)}
    return {c1 << 8 | c2: text_of(codec, escape + bytes([c1, c2])) for c1 in range(0x21, 0x7F)
            for c2 in range(0x21, 0x7F)}


def base_decoding(mark, code, rows):
    _, base, plane3 = SETS[mark]
    if code >> 8 not in rows:
        return None
    return text_of(base, (b"\x8f" if plane3 else b"") + (code | 0x8080).to_bytes(2, "big"))


def set_table(codec, mark):
    """The data of a set: rows taken from its base, and (code, code point,
    second) corrections (code point 0: none); for one-byte sets the
    256 code points of each byte (0xFFFF: none)."""
    got = set_decoding(codec, mark)
    if SETS[mark][1] is None:
        return None, [ord(got.get(b) or "\uffff") if got.get(b) is None or len(got[b]) == 1 else 0xFFFF
                      for b in range(256)]
    rows = {code >> 8 for code, text in got.items() if text}
    diff = []
    for code, text in sorted(got.items()):
        if text != base_decoding(mark, code, rows):
            diff += [code, ord(text[0]) if text else 0, ord(text[1]) if text and len(text) > 1 else 0]
    assert len(diff) < 60, (codec, hex(mark), len(diff))
    return (rows, diff), None


def parse_iso(data, kr):
    """(mark, code) of one character's encoding, as the escape before it says."""
    if kr:
        assert data[:5] == b"\x1b$)C\x0e" and data[-1:] == b"\x0f", data
        return 0xC3, int.from_bytes(data[5:-1], "big")
    assert data[0] == 0x1B and data[-3:] == b"\x1b(B", data
    body = data[:-3]
    if body[1] == ord("("):
        return body[2], body[3]
    if body[2] in b"()":
        return body[3] | 0x80, int.from_bytes(body[4:], "big")
    return body[2] | 0x80, int.from_bytes(body[3:], "big")


def iso_guess(codec, marks, tables):
    """What the engine infers: each code point's lowest code in the first
    set (in order) having it."""
    guess = {}
    for mark in marks:
        if mark in G2_SETS:
            continue
        for code, text in sorted(set_decoding(codec, mark).items()):
            if text and len(text) == 1:
                guess.setdefault(ord(text), mark << 16 | code)
    return guess


def iso_fixes(codec, flags, marks, tables):
    guess = iso_guess(codec, marks, tables)
    beyond = range(0x20000, 0x30000) if 0xD0 in marks else ()
    fixes = []
    for cp in list(range(0x80, 0x10000)) + list(beyond):
        if 0xD800 <= cp < 0xE000:
            continue
        try:
            got = parse_iso(chr(cp).encode(codec), flags & 8)
            got = got[0] << 16 | got[1]
        except UnicodeEncodeError:
            got = NONE
        if guess.get(cp, NONE) != got:
            fixes += [cp, got]
    return fixes


def iso_pairs(codec, marks):
    out = []
    for mark in marks:
        if mark < 0x80:
            continue
        for code, text in sorted(set_decoding(codec, mark).items()):
            if text and len(text) == 2:
                mark_got, code_got = parse_iso(text.encode(codec), False)
                out += [ord(text[0]), ord(text[1]), mark_got << 16 | code_got]
    return out


def render_iso2022():
    index = {name: i for i, (name, _) in enumerate(CODECS)}
    parts, sets, entries = [], [], []
    for codec, flags, marks in ISO2022:
        ident = codec
        set_entries = []
        for mark in marks:
            two, single = set_table(codec, mark)
            sid = "%s_%X" % (ident, mark)
            if single:
                parts.append("static const uint16_t %s_single[] = {\n%s\n};\n" % (sid, words(single)))
                set_entries.append("{0x%X, -1, 0, {0, 0, 0}, NULL, 0, %s_single}" % (mark, sid))
                continue
            rows, diff = two
            mask = [0, 0, 0]
            for r in rows:
                mask[(r - 0x20) >> 5] |= 1 << ((r - 0x20) & 31)
            if diff:
                parts.append("static const uint32_t %s_diff[] = {\n%s\n};\n" % (sid, words(diff, 6)))
            set_entries.append("{0x%X, %d, %d, {0x%X, 0x%X, 0x%X}, %s, %d, NULL}" % (
                mark, index[SETS[mark][1]], SETS[mark][2], mask[0], mask[1], mask[2],
                sid + "_diff" if diff else "NULL", len(diff) // 3))
        parts.append("static const CjkSet %s_sets[] = {\n    %s,\n    {0},\n};\n" % (ident, ",\n    ".join(set_entries)))
        fixes = iso_fixes(codec, flags, marks, None)
        pairs = iso_pairs(codec, marks)
        parts.append("static const uint32_t %s_fix[] = {\n%s\n};\n" % (ident, words(fixes or [NONE, NONE], 6)))
        if pairs:
            parts.append("static const uint32_t %s_pairs[] = {\n%s\n};\n" % (ident, words(pairs, 6)))
        entries.append('    {"%s", %d, %s_sets, %s_fix, %d, %s, %d},\n' % (
            codec, flags, ident, ident, len(fixes) // 2, ident + "_pairs" if pairs else "NULL", len(pairs) // 3))
    parts.append("\nconst CjkIso2022 Cjk_Iso2022[] = {\n%s    {NULL},\n};\n" % "".join(entries))
    return "\n" + "".join(parts)


def main():
    text = render()
    if sys.argv[1:2] == ["--check"]:
        with open(OUT, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit("%s is out of date: run tools/gen_cjk_tables.py" % OUT)
        return
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
