"""The tables of the unicodedata module (src/modules/unicodedata_db.c), read
from the running CPython's own unicodedata and its ucd_3_2_0 object; used by
tools/gen_unicode.py, which writes and checks the file.

Properties.  Every code point maps, for each of the two databases (Unicode
16.0 and 3.2), to a deduplicated record (category, bidirectional class,
combining class, east asian width, mirrored, quick-check flags, decimal and
digit values, numeric value as an index into a shared table), through the
same three-level block table as unicode_db.c.  Decompositions, unique to
nearly every character that has one, are kept apart: a sorted list of the
characters that have one and their index into a shared table; for 3.2 the
list holds only the characters where 3.2 differs (index 0: none).  A
second list holds the few characters whose decomposition in normalization
is not the one decomposition() shows (3.2's normalization corrections).

Normalization.  Decompositions are kept as unicodedata.decomposition()
gives them (one level, with the compatibility tag); C expands them
recursively.  The pairs that compose are derived, not listed: a canonical
decomposition into two characters composes when normalizing it to NFC gives
the character back, which leaves out the composition exclusions (CPython
composes with these pairs in the 3.2 database too).  The quick
check flags say which characters can never stay in a form (NO) and which
may compose with what precedes them (MAYBE).

Names.  Ranges whose names are a prefix and the code point in hex, and the
Hangul syllables, are computed.  The other names are lists of words: each
distinct word is stored once (its last letter marked by the high bit), the
192 most frequent are numbered by one byte and the rest by two.  A name is
coded as how many leading words it shares with the previous name, how many
new words follow, then those words; every 32nd name starts afresh so that
one name is decoded from at most 32.  Code points with names form runs; a
run gives the number (ordinal) of its first name.
"""
import unicodedata
from collections import Counter

NAME_BLOCK = 32   # names per restart point (UCD_NAME_BLOCK)
WORD_BLOCK = 8    # words per offset (UCD_WORD_BLOCK)
ONE_BYTE_WORDS = 192
LEAF_SHIFT = 4
MID_SHIFT = 5

CATEGORIES = ["Cn", "Lu", "Ll", "Lt", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Zs", "Zl", "Zp", "Cc",
              "Cf", "Cs", "Co", "Lm", "Lo", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc",
              "Sk", "So"]
BIDI = ["", "L", "LRE", "LRO", "R", "AL", "RLE", "RLO", "PDF", "EN", "ES", "ET", "AN", "CS",
        "NSM", "BN", "B", "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI"]
WIDTHS = ["N", "Na", "A", "W", "H", "F"]
TAGS = ["", "<font>", "<noBreak>", "<initial>", "<medial>", "<final>", "<isolated>", "<circle>",
        "<super>", "<sub>", "<vertical>", "<wide>", "<narrow>", "<small>", "<square>",
        "<fraction>", "<compat>"]
# quick-check flags (UCD_QC_* in unicodedata_db.h)
MIRRORED, NFD_NO, NFKD_NO, NFC_NO, NFC_MAYBE, NFKC_NO, NFKC_MAYBE = (1 << i for i in range(7))
HANGUL_FIRST, HANGUL_LAST = 0xAC00, 0xD7A3
# Prefixes of names made of a prefix and the code point in hex that lookup()
# accepts even where name() gives none (Tangut ideographs).
LOOKUP_ONLY_PREFIXES = ["TANGUT IDEOGRAPH-"]


class Tables:
    """What both databases share: decompositions and numeric values."""

    def __init__(self):
        self.decomp = [0]
        self.decomp_index = {"": 0}
        self.numeric = [None]
        self.numeric_index = {None: 0}

    def decomposition(self, text):
        i = self.decomp_index.get(text)
        if i is None:
            parts = text.split()
            tag = TAGS.index(parts[0]) if parts[0].startswith("<") else 0
            cps = [int(p, 16) for p in parts[1 if tag else 0:]]
            i = self.decomp_index[text] = len(self.decomp)
            self.decomp.append(tag << 8 | len(cps))
            self.decomp.extend(cps)
        return i

    def number(self, value):
        i = self.numeric_index.get(value)
        if i is None:
            i = self.numeric_index[value] = len(self.numeric)
            self.numeric.append(value)
        return i


def composition_pairs(db):
    """(first, second, composite) of every primary composite of db."""
    pairs = []
    for c in range(0x110000):
        d = db.decomposition(chr(c))
        if not d or d.startswith("<"):
            continue
        parts = d.split()
        if len(parts) == 2 and db.normalize("NFC", chr(c)) == chr(c):
            pairs.append((int(parts[0], 16), int(parts[1], 16), c))
    pairs.sort()
    return pairs


def hangul_decomposition(c):
    s = c - HANGUL_FIRST
    parts = [0x1100 + s // 588, 0x1161 + s % 588 // 28] + ([0x11A7 + s % 28] if s % 28 else [])
    return " ".join("%04X" % p for p in parts)


def records_of(db, tables, seconds):
    """The records, the record number of every code point, and the
    decomposition index of every code point that has one (Hangul syllables
    are decomposed by arithmetic and have none)."""
    records, record_index, per_cp, decomps = [], {}, [], {}
    for c in range(0x110000):
        ch = chr(c)
        flags = MIRRORED if db.mirrored(ch) else 0
        d = db.decomposition(ch)
        if HANGUL_FIRST <= c <= HANGUL_LAST:
            assert d == hangul_decomposition(c)
        elif d:
            decomps[c] = tables.decomposition(d)
        if d and not d.startswith("<"):
            flags |= NFD_NO
        if d:
            flags |= NFKD_NO
        if db.normalize("NFC", ch) != ch:
            flags |= NFC_NO
        if db.normalize("NFKC", ch) != ch:
            flags |= NFKC_NO
        if c in seconds:
            flags |= NFC_MAYBE | NFKC_MAYBE
        rec = (CATEGORIES.index(db.category(ch)), BIDI.index(db.bidirectional(ch)),
               db.combining(ch), WIDTHS.index(db.east_asian_width(ch)), flags,
               db.decimal(ch, -1) + 1, db.digit(ch, -1) + 1, tables.number(db.numeric(ch, None)))
        i = record_index.get(rec)
        if i is None:
            i = record_index[rec] = len(records)
            records.append(rec)
        per_cp.append(i)
    return records, per_cp, decomps


def normalization_fixes(db, tables):
    """Characters whose canonical decomposition in normalization is not the
    one decomposition() gives (3.2's normalization corrections), with the
    index of the decomposition normalization uses."""
    def expand(c):
        d = db.decomposition(chr(c))
        if not d or d.startswith("<"):
            return [c]
        return [x for part in d.split() for x in expand(int(part, 16))]
    fixes = {}
    for c in range(0x110000):
        if HANGUL_FIRST <= c <= HANGUL_LAST or db.category(chr(c)) == "Cn":
            continue
        nfd = [ord(x) for x in db.normalize("NFD", chr(c))]
        if sorted(expand(c), key=lambda x: unicodedata.combining(chr(x))) != nfd:
            fixes[c] = tables.decomposition(" ".join("%04X" % x for x in nfd))
    return fixes


def split_blocks(values, size):
    distinct, ids, flat = {}, [], []
    for start in range(0, len(values), size):
        blk = tuple(values[start:start + size])
        i = distinct.get(blk)
        if i is None:
            i = distinct[blk] = len(distinct)
            flat.extend(blk)
        ids.append(i)
    return ids, flat


def three_level(per_cp):
    leaf_ids, index2 = split_blocks(per_cp, 1 << LEAF_SHIFT)
    index0, index1 = split_blocks(leaf_ids, 1 << MID_SHIFT)
    return index0, index1, index2


def hex_name_prefix(c, name):
    tail = "%04X" % c
    if name.endswith("-" + tail):
        return name[:-len(tail)]
    return None


def name_tables():
    """The computed ranges, the runs of stored names and the coded names."""
    ranges, stored = [], {}
    for c in range(0x110000):
        name = unicodedata.name(chr(c), None)
        if name is None:
            continue
        if HANGUL_FIRST <= c <= HANGUL_LAST:
            continue
        prefix = hex_name_prefix(c, name)
        if prefix is not None:
            if ranges and ranges[-1][2] == prefix and ranges[-1][1] == c - 1:
                ranges[-1][1] = c
            else:
                ranges.append([c, c, prefix])
            continue
        assert len(name) < 128  # UCD_NAME_MAX
        stored[c] = name.split(" ")
    lookup_only = []
    for prefix in LOOKUP_ONLY_PREFIXES:
        for c in range(0x110000):
            try:
                unicodedata.lookup("%s%04X" % (prefix, c))
            except KeyError:
                continue
            if lookup_only and lookup_only[-1][2] == prefix and lookup_only[-1][1] == c - 1:
                lookup_only[-1][1] = c
            else:
                lookup_only.append([c, c, prefix])
    cps = sorted(stored)
    runs = []
    for ordinal, c in enumerate(cps):
        if runs and runs[-1][0] + runs[-1][1] == c:
            runs[-1][1] += 1
        else:
            runs.append([c, 1, ordinal])
    # words shared with the previous name, then the new words
    coded, counts = [], Counter()
    prev = []
    for ordinal, c in enumerate(cps):
        words = stored[c]
        keep = 0
        if ordinal % NAME_BLOCK:
            while keep < min(len(prev), len(words) - 1, 15) and prev[keep] == words[keep]:
                keep += 1
        new = words[keep:]
        assert len(new) <= 15
        coded.append((keep, new))
        counts.update(new)
        prev = words
    words = sorted(counts, key=lambda w: (-counts[w], w))
    number = {w: i for i, w in enumerate(words)}
    stream, starts = [], []
    for ordinal, (keep, new) in enumerate(coded):
        if ordinal % NAME_BLOCK == 0:
            starts.append(len(stream))
        stream.append(keep << 4 | len(new))
        for w in new:
            n = number[w]
            if n < ONE_BYTE_WORDS:
                stream.append(n)
            else:
                n -= ONE_BYTE_WORDS
                assert n < (256 - ONE_BYTE_WORDS) << 8
                stream.extend((ONE_BYTE_WORDS + (n >> 8), n & 255))
    text, word_starts = [], []
    for i, w in enumerate(words):
        if i % WORD_BLOCK == 0:
            word_starts.append(len(text))
        text.extend(ord(ch) for ch in w[:-1])
        text.append(ord(w[-1]) | 0x80)
    return ranges, lookup_only, runs, stream, starts, text, word_starts


def aliases(path):
    """Aliases (name, code point) and named sequences (name, code points)."""
    alias, seqs = [], []
    with open(path, encoding="ascii") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            kind, name, cps = line.rstrip("\n").split(";")
            value = [int(x, 16) for x in cps.split()]
            assert unicodedata.lookup(name) == "".join(map(chr, value))
            (alias if kind == "A" else seqs).append((name, value))
    return alias, seqs


def c_array(ctype, name, values, per_line=24):
    lines = []
    for i in range(0, len(values), per_line):
        lines.append("    " + ",".join(str(v) for v in values[i:i + per_line]) + ",")
    return "const %s %s[] = {\n%s\n};\n" % (ctype, name, "\n".join(lines))


def c_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render(version_line, alias_path):
    tables = Tables()
    out = [version_line, '#include "modules/unicodedata_db.h"\n\n',
           "#if UCD_LEAF_SHIFT != %d || UCD_MID_SHIFT != %d || UCD_NAME_BLOCK != %d || "
           "UCD_WORD_BLOCK != %d || UCD_ONE_BYTE_WORDS != %d\n"
           "#error \"unicodedata_db.h does not match tools/gen_unicode_ucd.py\"\n#endif\n\n"
           % (LEAF_SHIFT, MID_SHIFT, NAME_BLOCK, WORD_BLOCK, ONE_BYTE_WORDS)]
    # CPython composes with 16.0's pairs in either database
    pairs = composition_pairs(unicodedata)
    out.append("const UcdPair Ucd_Pairs[] = {\n")
    for a, b, c in pairs:
        out.append("    {0x%X, 0x%X, 0x%X},\n" % (a, b, c))
    out.append("};\n")
    for prefix, db in (("Ucd", unicodedata), ("Ucd32", unicodedata.ucd_3_2_0)):
        # the second characters of pairs, with the Hangul vowels and trailing
        # consonants, which compose algorithmically
        seconds = {b for _, b, _ in pairs} | set(range(0x1161, 0x1176)) | set(range(0x11A8, 0x11C3))
        records, per_cp, decomps = records_of(db, tables, seconds)
        index0, index1, index2 = three_level(per_cp)
        assert len(records) < 65536 and len(index1) < 65536 * 32
        out.append("const UcdRecord %s_Records[] = {\n" % prefix)
        for r in records:
            out.append("    {%d, %d, %d, %d, %d, %d, %d, %d},\n" % r)
        out.append("};\n")
        if prefix == "Ucd":
            current = decomps
        else:
            # 3.2 keeps only where it differs from 16.0 (0: no decomposition)
            decomps = {c: decomps.get(c, 0) for c in set(decomps) | set(current)
                       if decomps.get(c, 0) != current.get(c, 0)}
        cps = sorted(decomps)
        out.append(c_array("uint32_t", prefix + "_DecompChars", cps, 12))
        out.append(c_array("uint16_t", prefix + "_DecompIndex", [decomps[c] for c in cps]))
        fixes = normalization_fixes(db, tables)
        fix_cps = sorted(fixes)
        out.append(c_array("uint32_t", prefix + "_FixChars", fix_cps + [0], 12))
        out.append(c_array("uint16_t", prefix + "_FixIndex", [fixes[c] for c in fix_cps] + [0]))
        out.append(c_array("uint16_t", prefix + "_Index0", index0))
        out.append(c_array("uint16_t", prefix + "_Index1", index1))
        out.append(c_array("uint16_t", prefix + "_Index2", index2))
        out.append("const UcdVersion %s = {%s_Records, %s_Index0, %s_Index1, %s_Index2, Ucd_Pairs, %d,\n"
                   "    %s_DecompChars, %s_DecompIndex, %d, %s_FixChars, %s_FixIndex, %d};\n\n"
                   % ({"Ucd": "Ucd_Current", "Ucd32": "Ucd_V32"}[prefix], prefix, prefix, prefix, prefix,
                      len(pairs), prefix, prefix, len(cps), prefix, prefix, len(fix_cps)))
    assert len(tables.decomp) < 65536 and len(tables.numeric) < 256
    out.append(c_array("uint32_t", "Ucd_Decomp", tables.decomp, 16))
    out.append("const char *const Ucd_DecompTags[] = {%s};\n" % ", ".join(c_string(t) for t in TAGS))
    out.append("const double Ucd_Numeric[] = {0,%s};\n" % ",".join(repr(float(v)) for v in tables.numeric[1:]))
    out.append("const char *const Ucd_Categories[] = {%s};\n" % ", ".join(c_string(t) for t in CATEGORIES))
    out.append("const char *const Ucd_Bidi[] = {%s};\n" % ", ".join(c_string(t) for t in BIDI))
    out.append("const char *const Ucd_Widths[] = {%s};\n\n" % ", ".join(c_string(t) for t in WIDTHS))

    ranges, lookup_only, runs, stream, starts, text, word_starts = name_tables()
    prefixes = sorted({p for _, _, p in ranges + lookup_only})
    # the short names of the Hangul syllables' leading consonants, vowels and
    # trailing consonants, read back from the syllables' names
    head = "HANGUL SYLLABLE "
    lead = [unicodedata.name(chr(HANGUL_FIRST + i * 588))[len(head):-1] for i in range(19)]
    vowel = [unicodedata.name(chr(HANGUL_FIRST + i * 28))[len(head) + 1:] for i in range(21)]
    trail = [unicodedata.name(chr(HANGUL_FIRST + i))[len(head) + 2:] for i in range(28)]
    for name, parts in (("Ucd_JamoLead", lead), ("Ucd_JamoVowel", vowel), ("Ucd_JamoTrail", trail)):
        out.append("const char *const %s[] = {%s};\n" % (name, ", ".join(c_string(p) for p in parts)))
    out.append("const char *const Ucd_NamePrefixes[] = {%s};\n" % ", ".join(c_string(p) for p in prefixes))
    out.append("const UcdRange Ucd_NameRanges[] = {\n")
    for named, group in ((1, ranges), (0, lookup_only)):
        for first, last, p in group:
            out.append("    {0x%X, 0x%X, %d, %d},\n" % (first, last, prefixes.index(p), named))
    out.append("};\nconst size_t Ucd_NameRangeCount = %d;\n" % (len(ranges) + len(lookup_only)))
    out.append("const UcdRun Ucd_NameRuns[] = {\n")
    for c, n, ordinal in runs:
        out.append("    {0x%X, %d, %d},\n" % (c, n, ordinal))
    out.append("};\nconst size_t Ucd_NameRunCount = %d;\n" % len(runs))
    out.append("const size_t Ucd_NameCount = %d;\n" % sum(n for _, n, _ in runs))
    out.append(c_array("uint8_t", "Ucd_NameCodes", stream, 32))
    out.append(c_array("uint32_t", "Ucd_NameStarts", starts, 16))
    out.append(c_array("uint8_t", "Ucd_Words", text, 32))
    out.append(c_array("uint32_t", "Ucd_WordStarts", word_starts, 16))

    alias, seqs = aliases(alias_path)
    # lookup's hash table numbers names, aliases and sequences in 16 bits
    assert sum(n for _, n, _ in runs) + len(alias) + len(seqs) < 0xFFFF
    out.append("\nconst UcdAlias Ucd_Aliases[] = {\n")
    for name, (c,) in alias:
        out.append("    {%s, 0x%X},\n" % (c_string(name), c))
    out.append("};\nconst size_t Ucd_AliasCount = %d;\n" % len(alias))
    seq_cps = [0]
    out.append("const UcdAlias Ucd_Sequences[] = {\n")
    for name, cps in seqs:
        out.append("    {%s, %d},\n" % (c_string(name), len(seq_cps)))
        seq_cps.append(len(cps))
        seq_cps.extend(cps)
    out.append("};\nconst size_t Ucd_SequenceCount = %d;\n" % len(seqs))
    out.append(c_array("uint32_t", "Ucd_SequenceChars", seq_cps, 12))
    return "".join(out)
