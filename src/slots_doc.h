/* CPython's texts for slot wrappers (see slots_doc.c). */
#ifndef CIPY_SLOTS_DOC_H
#define CIPY_SLOTS_DOC_H
#include <stdbool.h>

/* The __text_signature__ and __doc__ of the slot wrapper called name
 * (sequence: it wraps a sequence slot, sq_inplace_*), or NULL. Static
 * strings. */
const char *SlotDoc_Signature(const char *name, bool sequence);
const char *SlotDoc_Text(const char *name, bool sequence);
#endif
