/* The _struct module's shared parts: a format string compiled to a layout
 * (_struct_layout.c), and the objects built on it (_struct.c).
 *
 * A layout is a list of runs: a run is one format code repeated `count`
 * times at consecutive offsets ("3i" is one run of three ints), or one
 * string of `width` bytes ("10s", "5p").  Pad bytes ("x") only move the
 * offset.  Keeping counts rather than one entry per value lets a format
 * such as "999999999999q" compile into a few bytes. */
#ifndef CIPY_STRUCT_H
#define CIPY_STRUCT_H
#include "object.h"
#include <stdlib.h>

/* What a run's values are, and so how they are packed. */
typedef enum {
    RUN_SIGNED, RUN_UNSIGNED, RUN_POINTER, RUN_BOOL, RUN_CHAR,
    RUN_HALF, RUN_FLOAT, RUN_DOUBLE, RUN_CFLOAT, RUN_CDOUBLE,
    RUN_BYTES,  /* 's' */
    RUN_PASCAL, /* 'p' */
} RunKind;

typedef struct StructRun {
    char code;        /* the format character, for messages */
    uint8_t kind;     /* RunKind */
    uint8_t size;     /* bytes of one value (strings: 0) */
    ssize_t offset;   /* of the first value */
    ssize_t count;    /* values in the run (strings: 1) */
    ssize_t width;    /* strings: their length in bytes */
} StructRun;

typedef struct StructLayout {
    /* Owners: the Struct, and each operation or iterator that may outlive
     * a Struct.__init__ that replaces it (Python code runs while packing). */
    size_t refs;
    bool big_endian;
    bool native;       /* '@': native sizes and alignment */
    ssize_t size;      /* bytes of the whole struct */
    ssize_t nvalues;   /* values pack takes and unpack gives */
    size_t nruns;
    StructRun runs[];
} StructLayout;

/* Compiles fmt (len bytes) to a malloc'ed layout with one owner; NULL with
 * struct.error (or MemoryError) when fmt is not a valid format. */
StructLayout *StructLayout_Compile(const char *fmt, size_t len);
static inline StructLayout *StructLayout_Ref(StructLayout *lay) {
    lay->refs++;
    return lay;
}
/* Drops one owner (lay may be NULL); the last frees it. */
static inline void StructLayout_Unref(StructLayout *lay) {
    if (lay && --lay->refs == 0) free(lay);
}
/* Packs values (lay->nvalues of them) into dst (lay->size bytes, zeroed
 * first).  -1 with the error of the first value that does not fit; the
 * bytes before it are written by then. */
int StructLayout_Pack(const StructLayout *lay, uint8_t *dst, Object *const *values);
/* A new tuple of the values in src (lay->size bytes). */
Object *StructLayout_Unpack(const StructLayout *lay, const uint8_t *src);

/* struct.error of the running interpreter (borrowed). */
Object *Struct_Error(void);
#endif
