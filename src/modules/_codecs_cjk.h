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
#endif
