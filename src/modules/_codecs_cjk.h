/* The table-driven CJK codecs (gb2312, gbk, big5, cp950, shift_jis,
 * cp932, euc_kr, cp949, euc_jp, johab, gb18030, big5hkscs, euc_jis_2004,
 * euc_jisx0213, shift_jis_2004, shift_jisx0213): their data (_codecs_cjk_data.c, made
 * by tools/gen_cjk_tables.py) and their engine (_codecs_cjk.c). */
#ifndef CIPY_CODECS_CJK_H
#define CIPY_CODECS_CJK_H
#include "object.h"
#include <stdint.h>

typedef struct CjkTable {
    const char *name;      /* the codec's name, as codecs.lookup() gives it */
    const uint16_t *dec;   /* single bytes and two-byte codes (see the generator) */
    uint32_t ndec;
    const uint16_t *dec3;  /* the three-byte plane after prefix, or NULL */
    uint32_t ndec3;
    uint32_t prefix;
    const uint32_t *fix;   /* (code point, code) pairs correcting the inverse */
    uint32_t nfix;
    uint32_t leads[8];     /* the bytes that start a longer sequence */
    const uint16_t *jamo;  /* euc_kr: the 19 + 21 + 28 jamo codes of make-up sequences */
    const uint32_t *four;  /* gb18030: (first index, count, first code point) of the
                              four-byte sequences of the BMP; NULL for the others */
    uint32_t nfour;
    const uint32_t *wide;  /* (code, code point, second code point or 0) of the codes
                              decoding beyond the BMP or to two characters, and
                              (code, 0, length) of those whose error is longer
                              than a byte, by code */
    uint32_t nwide;
    const uint32_t *pairs; /* (first, second, code): two characters written as one code,
                              sorted */
    uint32_t npairs;
    int base;              /* the index of the table whose decoding streams come first
                              (overridden by dec and dec3, wide's codes taken out), or -1 */
} CjkTable;

/* Ends with an entry whose name is NULL. */
extern const CjkTable Cjk_Tables[];

/* A character set an ISO 2022 codec designates. */
typedef struct CjkSet {
    uint8_t mark;          /* CPython's: the final byte of its escape, | 0x80 for two-byte sets */
    int8_t base;           /* two-byte sets: the index of the table whose codes | 0x8080 it takes */
    uint8_t plane3;        /* from base's three-byte plane */
    uint32_t rows[3];      /* the rows it takes (bit row - 0x20) */
    const uint32_t *diff;  /* (code, code point, second) replacing base's; code point 0: none */
    uint32_t ndiff;
    const uint16_t *single; /* one-byte sets: the code point of each byte, 0xFFFF none */
} CjkSet;

/* An ISO 2022 codec: CPython's flags (1 no shifts, 2 G2 by ESC N, 4 the
 * JIS X 0208 prefix ESC & @), 8 when it designates into G1 and shifts out;
 * its sets in CPython's order of trying (ending with mark 0); encoding
 * corrections (code point, mark << 16 | code) and two-character codes as
 * in CjkTable. */
typedef struct CjkIso2022 {
    const char *name;
    int flags;
    const CjkSet *sets;
    const uint32_t *fix;
    uint32_t nfix;
    const uint32_t *pairs;
    uint32_t npairs;
} CjkIso2022;

/* Ends with an entry whose name is NULL. */
extern const CjkIso2022 Cjk_Iso2022[];

/* The expanded tables of a table codec (_codecs_cjk.c). */
typedef struct Expanded CjkExpanded;
/* Table index's codec and its expansion (borrowed, made on first use):
 * 0, or -1 with an exception. */
int CjkEngine_Table(int index, const CjkTable **t, CjkExpanded **x);
/* The code point of a two-byte code (three-byte: prefix << 16 | code),
 * 0 if none; *second: the second of two characters, or 0. */
uint32_t CjkEngine_Decode(const CjkTable *t, const CjkExpanded *x, uint32_t code, uint32_t *second);
/* The code of a character, 0xFFFFFFFF if none. */
uint32_t CjkEngine_Code(const CjkExpanded *x, uint32_t cp);

/* The stateful codecs (_codecs_iso2022.c), by the id CjkStateful_Find
 * gives (-1: not one).  States are CPython's (see there); encoding with
 * final writes what returns to ASCII. */
#include "runtime/bytebuf.h"
#include <stdbool.h>
int CjkStateful_Find(const char *name);
const char *CjkStateful_Name(int id);
void CjkStateful_Initial(int id, uint64_t *enc, uint64_t *dec);
uint64_t CjkStateful_ResetDecoder(int id, uint64_t state);
int CjkStateful_Reset(int id, uint64_t *state, ByteBuf *out);
Object *CjkStateful_Decode(int id, const uint8_t *p, ssize_t n, const char *errors, bool final, uint64_t *state,
                           ssize_t *consumed);
Object *CjkStateful_Encode(int id, Object *str, const char *errors, bool final, uint64_t *state,
                           ssize_t *consumed);
#endif
