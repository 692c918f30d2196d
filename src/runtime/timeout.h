/* Timeouts given to select(), poll() and sockets: seconds (or, with a
 * scale, milliseconds) as an int or a float, converted to nanoseconds the
 * way CPython converts them (rounded up), with its errors. */
#ifndef CIPY_TIMEOUT_H
#define CIPY_TIMEOUT_H
#include "object.h"
#include <stdint.h>

/* o (None or NULL: *ns = -1, no timeout) in units of 1/scale seconds.
 * type_error is the TypeError's text for another type; NULL gives
 * "'T' object cannot be interpreted as an integer or float".  A NaN is a
 * ValueError, a value past 64-bit nanoseconds an OverflowError. */
int Timeout_ToNs(Object *o, double scale, const char *type_error, int64_t *ns);
#endif
