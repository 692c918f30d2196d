/* The unicodedata module's parts: properties (unicodedata.c), names
 * (unicodedata_names.c), normalization (unicodedata_norm.c). */
#ifndef CIPY_UNICODEDATA_H
#define CIPY_UNICODEDATA_H
#include "modules/unicodedata_db.h"
#include "object.h"
#include <stdbool.h>

/* The name of c in buf (UCD_NAME_MAX bytes); false when c has none. The
 * caller has checked that c is assigned in the version it asks about. */
bool Ucd_Name(uint32_t c, char buf[UCD_NAME_MAX]);

/* lookup(): the character or named sequence called name (len bytes, any
 * case) as a new str; aliases and named sequences only when with_aliases.
 * Raises KeyError as CPython does. */
Object *Ucd_LookupName(const char *name, size_t len, bool with_aliases);

/* The index in Ucd_Decomp of the decomposition of c in v, 0 if none
 * (Hangul syllables are decomposed by arithmetic and have none). */
unsigned Ucd_Decomposition(const UcdVersion *v, uint32_t c);

/* normalize() and is_normalized(): form is the form's name as given. */
Object *Ucd_Normalize(const UcdVersion *v, Object *form, Object *s);
Object *Ucd_IsNormalized(const UcdVersion *v, Object *form, Object *s);
#endif
