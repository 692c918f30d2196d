/* Character names: unicodedata.name() and lookup().  How the names are
 * coded is described in tools/gen_unicode_ucd.py: computed names (Hangul
 * syllables, prefix + hex ranges) and word-coded stored names.  lookup()
 * finds stored names, aliases and named sequences through a hash table of
 * their numbers, built the first time it is needed (so that the binary
 * carries no table for it). */
#include "modules/unicodedata.h"
#include "objects/exc.h"
#include "objects/str.h"
#include "runtime/err.h"
#include "runtime/mem.h"
#include <stdio.h>
#include <string.h>

#define HANGUL_FIRST 0xAC00
#define HANGUL_COUNT 11172
#define HANGUL_HEAD "HANGUL SYLLABLE "
#define LOOKUP_MAX 256 /* longer names are refused as "name too long" */
#define MAX_WORDS 32

/* The text of word number n: its letters, the last with the high bit. */
static const uint8_t *word_text(unsigned n) {
    const uint8_t *p = &Ucd_Words[Ucd_WordStarts[n / UCD_WORD_BLOCK]];
    for (unsigned skip = n % UCD_WORD_BLOCK; skip; skip--) {
        while (!(*p & 0x80)) p++;
        p++;
    }
    return p;
}

/* A reader of the coded names, one after the other from a restart point:
 * the word numbers of the current name. */
typedef struct NameReader {
    const uint8_t *p;
    unsigned words[MAX_WORDS];
    unsigned count;
} NameReader;

static void reader_start(NameReader *r, size_t block) {
    r->p = &Ucd_NameCodes[Ucd_NameStarts[block]];
    r->count = 0;
}

/* Steps to the next name: keeps its shared leading words, reads the rest. */
static void reader_next(NameReader *r) {
    unsigned keep = *r->p >> 4, fresh = *r->p & 15;
    r->p++;
    r->count = keep;
    for (unsigned k = 0; k < fresh; k++) {
        unsigned n = *r->p++;
        if (n >= UCD_ONE_BYTE_WORDS) n = UCD_ONE_BYTE_WORDS + ((n - UCD_ONE_BYTE_WORDS) << 8 | *r->p++);
        r->words[r->count++] = n;
    }
}

/* The current name's text in buf (UCD_NAME_MAX bytes); returns its length. */
static size_t reader_text(const NameReader *r, char *buf) {
    size_t len = 0;
    for (unsigned k = 0; k < r->count; k++) {
        if (k) buf[len++] = ' ';
        const uint8_t *w = word_text(r->words[k]);
        do buf[len++] = (char)(*w & 0x7F);
        while (!(*w++ & 0x80));
    }
    buf[len] = '\0';
    return len;
}

/* Decodes stored name number ordinal into buf (UCD_NAME_MAX bytes). */
static void stored_name(size_t ordinal, char *buf) {
    NameReader r;
    reader_start(&r, ordinal / UCD_NAME_BLOCK);
    for (size_t i = 0; i <= ordinal % UCD_NAME_BLOCK; i++) reader_next(&r);
    reader_text(&r, buf);
}

static void hangul_name(uint32_t c, char *buf) {
    unsigned s = c - HANGUL_FIRST;
    snprintf(buf, UCD_NAME_MAX, HANGUL_HEAD "%s%s%s", Ucd_JamoLead[s / 588], Ucd_JamoVowel[s % 588 / 28],
             Ucd_JamoTrail[s % 28]);
}

/* The number of the stored name of c, or -1. */
static ssize_t stored_ordinal(uint32_t c) {
    size_t lo = 0, hi = Ucd_NameRunCount;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (Ucd_NameRuns[mid].first <= c)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0) return -1;
    const UcdRun *r = &Ucd_NameRuns[lo - 1];
    return c - r->first < r->count ? (ssize_t)(r->ordinal + (c - r->first)) : -1;
}

bool Ucd_Name(uint32_t c, char buf[UCD_NAME_MAX]) {
    if (c >= HANGUL_FIRST && c < HANGUL_FIRST + HANGUL_COUNT) {
        hangul_name(c, buf);
        return true;
    }
    for (size_t i = 0; i < Ucd_NameRangeCount; i++) {
        const UcdRange *r = &Ucd_NameRanges[i];
        if (r->named && c >= r->first && c <= r->last) {
            snprintf(buf, UCD_NAME_MAX, "%s%04X", Ucd_NamePrefixes[r->prefix], (unsigned)c);
            return true;
        }
    }
    ssize_t ordinal = stored_ordinal(c);
    if (ordinal < 0) return false;
    stored_name((size_t)ordinal, buf);
    return true;
}

/* ---- lookup ---- */

/* The hash table: a slot holds the top 16 bits of its name's hash and 1 +
 * the entry number below them, 0 when free.  Entries are the stored names,
 * then the aliases, then the named sequences. */
static uint32_t *name_table;
static size_t name_table_mask;

static uint32_t name_hash(const char *s, size_t len) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) h = (h ^ (uint8_t)s[i]) * 16777619u;
    return h;
}

/* The name of entry e in buf; returns it (aliases and sequences point at
 * their constant text). */
static const char *entry_name(size_t e, char *buf) {
    if (e < Ucd_NameCount) {
        stored_name(e, buf);
        return buf;
    }
    e -= Ucd_NameCount;
    return e < Ucd_AliasCount ? Ucd_Aliases[e].name : Ucd_Sequences[e - Ucd_AliasCount].name;
}

static void table_add(uint32_t *table, size_t mask, size_t e, const char *name, size_t len) {
    uint32_t h = name_hash(name, len);
    size_t i = h & mask;
    while (table[i]) i = (i + 1) & mask;
    table[i] = (h & 0xFFFF0000u) | (uint32_t)(e + 1);
}

static int build_name_table(void) {
    size_t entries = Ucd_NameCount + Ucd_AliasCount + Ucd_SequenceCount, size = 1;
    while (size < entries * 2) size <<= 1;
    uint32_t *table = Mem_Alloc(size * sizeof *table);
    if (!table) {
        Err_NoMemory();
        return -1;
    }
    char buf[UCD_NAME_MAX];
    NameReader r;
    for (size_t e = 0; e < Ucd_NameCount; e++) {
        if (e % UCD_NAME_BLOCK == 0) reader_start(&r, e / UCD_NAME_BLOCK);
        reader_next(&r);
        table_add(table, size - 1, e, buf, reader_text(&r, buf));
    }
    for (size_t e = Ucd_NameCount; e < entries; e++) {
        const char *name = entry_name(e, buf);
        table_add(table, size - 1, e, name, strlen(name));
    }
    /* threads may race to build it: the first to finish publishes its table */
    uint32_t *expected = NULL;
    __atomic_store_n(&name_table_mask, size - 1, __ATOMIC_RELAXED);
    if (!__atomic_compare_exchange_n(&name_table, &expected, table, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
        Mem_Free(table);
    return 0;
}

/* The entry named key (upper case, NUL-terminated), or -1. */
static ssize_t find_entry(const char *key, size_t len) {
    char buf[UCD_NAME_MAX];
    uint32_t h = name_hash(key, len);
    for (size_t i = h & name_table_mask; name_table[i]; i = (i + 1) & name_table_mask) {
        if ((name_table[i] ^ h) & 0xFFFF0000u) continue;
        size_t e = (name_table[i] & 0xFFFF) - 1;
        if (strcmp(entry_name(e, buf), key) == 0) return (ssize_t)e;
    }
    return -1;
}

/* The length of the longest of the n parts that starts s (parts may be ""). */
static int longest_part(const char *s, const char *const *parts, int n, int *which) {
    int best = -1;
    for (int i = 0; i < n; i++) {
        int len = (int)strlen(parts[i]);
        if ((best < 0 || len > best) && strncmp(s, parts[i], (size_t)len) == 0) {
            best = len;
            *which = i;
        }
    }
    return best;
}

/* A Hangul syllable's code point from its name's jamo part, or -1. */
static int32_t hangul_lookup(const char *s) {
    int l, v, t = -1;
    int n = longest_part(s, Ucd_JamoLead, 19, &l);
    if (n < 0) return -1;
    s += n;
    if ((n = longest_part(s, Ucd_JamoVowel, 21, &v)) <= 0) return -1;
    s += n;
    for (int i = 0; i < 28; i++)
        if (strcmp(s, Ucd_JamoTrail[i]) == 0) t = i;
    if (t < 0) return -1;
    return HANGUL_FIRST + (l * 21 + v) * 28 + t;
}

/* A code point of a prefix + hex range from its name, or -1.  The prefix
 * ends with the name's last hyphen. */
static int32_t range_lookup(const char *key, size_t len) {
    size_t at = len;
    while (at > 0 && key[at - 1] != '-') at--;
    if (at == 0) return -1;
    const char *hex = key + at;
    size_t plen = (size_t)(hex - key), hlen = len - plen;
    if (hlen < 4 || hlen > 6 || strspn(hex, "0123456789ABCDEF") != hlen) return -1;
    uint32_t c = (uint32_t)strtoul(hex, NULL, 16);
    char again[8];
    snprintf(again, sizeof again, "%04X", (unsigned)c);
    if (strcmp(again, hex) != 0) return -1; /* no leading zeros beyond four digits */
    for (size_t i = 0; i < Ucd_NameRangeCount; i++) {
        const UcdRange *r = &Ucd_NameRanges[i];
        const char *prefix = Ucd_NamePrefixes[r->prefix];
        if (c >= r->first && c <= r->last && strlen(prefix) == plen && memcmp(key, prefix, plen) == 0)
            return (int32_t)c;
    }
    return -1;
}

/* KeyError "undefined character name '...'", the name cut at a NUL as
 * CPython's message is. */
static Object *undefined_name(const char *name, size_t len) {
    len = strnlen(name, len);
    Object *text = Str_Decode(name, (ssize_t)len, "utf-8", "replace");
    if (!text) return NULL;
    Err_Format(Exc_KeyError, "undefined character name '%U'", text);
    DECREF(text);
    return NULL;
}

static Object *sequence_str(size_t index) {
    const uint32_t *p = &Ucd_SequenceChars[Ucd_Sequences[index].value];
    return Str_FromUCS4(p + 1, (ssize_t)p[0]);
}

Object *Ucd_LookupName(const char *name, size_t len, bool with_aliases) {
    if (len > LOOKUP_MAX) {
        Err_SetString(Exc_KeyError, "name too long");
        return NULL;
    }
    char key[LOOKUP_MAX + 1];
    for (size_t i = 0; i < len; i++) {
        char ch = name[i];
        if (ch == '\0') return undefined_name(name, len);
        key[i] = ch >= 'a' && ch <= 'z' ? (char)(ch - 'a' + 'A') : ch;
    }
    key[len] = '\0';
    int32_t c = -1;
    if (strncmp(key, HANGUL_HEAD, strlen(HANGUL_HEAD)) == 0) c = hangul_lookup(key + strlen(HANGUL_HEAD));
    if (c < 0) c = range_lookup(key, len);
    if (c >= 0) return Str_FromChar((uint32_t)c);
    if (len >= UCD_NAME_MAX) return undefined_name(name, len);
    if (!__atomic_load_n(&name_table, __ATOMIC_ACQUIRE) && build_name_table() < 0) return NULL;
    ssize_t e = find_entry(key, len);
    if (e >= 0 && (size_t)e < Ucd_NameCount) {
        size_t ordinal = (size_t)e;
        size_t lo = 0, hi = Ucd_NameRunCount;
        while (hi - lo > 1) {
            size_t mid = (lo + hi) / 2;
            if (Ucd_NameRuns[mid].ordinal <= ordinal)
                lo = mid;
            else
                hi = mid;
        }
        return Str_FromChar(Ucd_NameRuns[lo].first + (uint32_t)(ordinal - Ucd_NameRuns[lo].ordinal));
    }
    if (e >= 0 && with_aliases) {
        size_t a = (size_t)e - Ucd_NameCount;
        if (a < Ucd_AliasCount) return Str_FromChar(Ucd_Aliases[a].value);
        return sequence_str(a - Ucd_AliasCount);
    }
    return undefined_name(name, len);
}
