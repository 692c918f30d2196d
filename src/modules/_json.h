/* The _json accelerator, shared by its two halves: _json_scan.c reads JSON
 * text into objects, _json_encode.c writes objects as JSON text. */
#ifndef CIPY_MODULES_JSON_H
#define CIPY_MODULES_JSON_H
#include "object.h"

extern Type JsonScanner_Type, JsonEncoder_Type;

/* scanstring(string, end, strict=True) and the two string encoders, for the
 * module's function table. */
Object *Json_ScanStringFn(Object *self, Object *const *args, size_t nargs, Object *kwnames);
Object *Json_EncodeStrAsciiFn(Object *self, Object *const *args, size_t nargs, Object *kwnames);
Object *Json_EncodeStrFn(Object *self, Object *const *args, size_t nargs, Object *kwnames);

/* Adds "when serializing ..." (fmt as Str_FromFormat) as a note to the
 * exception being raised, as the encoder does for each level it unwinds. */
void Json_AddNote(const char *fmt, ...);
/* The name CPython's %T shows for o's type: "module.qualname", without the
 * module for builtins and __main__.  New reference. */
Object *Json_TypeName(Object *o);
#endif
