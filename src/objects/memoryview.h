/* memoryview: a view of another object's memory through the buffer
 * protocol (runtime/buffer.h), with a struct-style item format and a shape. */
#ifndef CIPY_MEMORYVIEW_H
#define CIPY_MEMORYVIEW_H
#include "object.h"
#include "runtime/buffer.h"

extern Type MemoryView_Type, MemoryIter_Type;
#define MemoryView_Check(o) (!IS_SMALL(o) && TYPE(o) == &MemoryView_Type)

/* memoryview(o): a new reference, or NULL with TypeError when o exports
 * no buffer. */
Object *MemoryView_FromObject(Object *o);
/* A memoryview over a buffer of o got with flags (BUFFER_*): what
 * o.__buffer__(flags) returns. */
Object *MemoryView_FromObjectFlags(Object *o, int flags);
/* exporter.__release_buffer__(view), for memoryview and bytearray: releases
 * a view that exporter.__buffer__ made (ValueError for any other view). */
Object *MemoryView_DunderReleaseBuffer(Object *self, Object *const *args, size_t nargs, Object *kwnames);
#endif
