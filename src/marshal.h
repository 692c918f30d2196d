/* The .pyc container and the marshal format (version 5). */
#ifndef CIPY_MARSHAL_H
#define CIPY_MARSHAL_H
#include "object.h"

#define PYC_MAGIC_314 3627
/* Reads one marshalled object; ValueError/EOFError as CPython on bad data. */
Object *Marshal_Loads(const uint8_t *data, size_t len);
/* marshal.dumps(o, version) */
Object *Marshal_Dumps(Object *o, int version);
/* Parses a whole .pyc image (header + code).  On failure returns NULL and
 * writes a one-line reason (no trailing newline) into err. */
Object *Pyc_Load(const uint8_t *data, size_t len, char *err, size_t errsize);
#endif
