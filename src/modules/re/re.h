/* Regular expressions: Python's syntax, parsed by our own code (parse.c),
 * translated into a PCRE2 pattern (32-bit code units, so one code point is
 * one unit) whose results are CPython's, and matched by PCRE2 (engine.c). */
#ifndef CIPY_RE_H
#define CIPY_RE_H
#include "object.h"
#include <stdbool.h>
#include <stdint.h>

/* Python's flag values (re.IGNORECASE, ...). */
enum {
    RE_TEMPLATE = 1, RE_IGNORECASE = 2, RE_LOCALE = 4, RE_MULTILINE = 8, RE_DOTALL = 16,
    RE_UNICODE = 32, RE_VERBOSE = 64, RE_DEBUG = 128, RE_ASCII = 256,
};

/* Python's limit on repeat counts and group numbers (_sre.MAXREPEAT). */
#define RE_MAXREPEAT 4294967295u

/* A pattern translated: the PCRE2 text, the groups, the flags in force. */
typedef struct ReTranslation {
    uint32_t *code;      /* the PCRE2 pattern (owned, Mem_Free) */
    size_t len;
    int groups;          /* capturing groups */
    Object *groupindex;  /* dict name -> group number (owned) */
    int flags;           /* Python flags, with the inline global ones and UNICODE for str */
    int caseless;        /* compile with PCRE2_CASELESS */
    bool atomic;         /* has an atomic group (or a group repeated possessively) */
    int *parents;        /* parents[g]: the group enclosing group g, 0 for none (owned) */
    uint8_t *ahead;      /* ahead[g]: group g is in a look-ahead within its parent (owned) */
} ReTranslation;

/* Parses pattern (str or bytes) under flags.  On a syntax error, raises
 * error_class(msg, pattern, pos) (pos None when CPython gives none) and
 * returns -1; out owns nothing then.  The messages of the FutureWarnings
 * the pattern calls for are appended to the list warnings (borrowed), on
 * success and failure alike. */
int Re_Translate(Object *pattern, int flags, Object *error_class, Object *warnings, ReTranslation *out);
void Re_TranslationFree(ReTranslation *t);

int Pcre_Init(Object *module);
extern Type *const Pcre_Types[];

#endif
