/* dict: compact, insertion-ordered hash table. */
#ifndef CIPY_DICT_H
#define CIPY_DICT_H
#include "../object.h"

Object *Dict_New(void);
/* 1 and *out borrowed when found, 0 when missing, -1 on error (hash/eq raised). */
int Dict_Lookup(Object *d, Object *key, Object **out);
/* Borrowed value or NULL; swallows nothing: NULL with no error set means missing.
 * Key is a C string compared against str keys. */
Object *Dict_GetStr(Object *d, const char *key);
int Dict_SetItem(Object *d, Object *key, Object *value);   /* increfs both */
int Dict_SetStr(Object *d, const char *key, Object *value);
int Dict_DelItem(Object *d, Object *key);                  /* KeyError if missing */
/* Removes key if present; 1 removed (*out owned value, if out), 0 missing, -1 error. */
int Dict_Pop(Object *d, Object *key, Object **out);
ssize_t Dict_Len(Object *d);
/* Iterate: pos starts at 0; returns false at the end.  k, v borrowed. */
bool Dict_Next(Object *d, ssize_t *pos, Object **k, Object **v);
Object *Dict_Copy(Object *d);
/* Merge mapping or iterable of pairs into d; override=false keeps existing
 * keys, override=2 raises on duplicates (for **kwargs: "got multiple values"). */
int Dict_Merge(Object *d, Object *other, int override);
int Dict_Update(Object *d, Object *other);                 /* dict.update semantics */
Object *Dict_Keys(Object *d);   /* new list of keys */
Object *Dict_Items(Object *d);  /* new list of (k, v) tuples */
Object *Dict_Values(Object *d); /* new list of values */
void Dict_Clear(Object *d);
#endif
