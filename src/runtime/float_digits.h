/* Decimal text of a double at a fixed precision ("%.*f" and "%.*e"), without
 * printf: the digits are the exact binary value rounded half-to-even, as
 * glibc's printf and CPython's own dtoa both produce them.  Only values whose
 * scaled form fits in 128-bit integer arithmetic take this path (ordinary
 * magnitudes and precisions up to about 20); otherwise the functions return
 * -1 and the caller uses snprintf. */
#ifndef CIPY_FLOAT_DIGITS_H
#define CIPY_FLOAT_DIGITS_H
#include <stdbool.h>
#include <stddef.h>

/* v finite and >= 0.  Writes what snprintf(out, cap, alt ? "%#.*f" : "%.*f",
 * prec, v) would (NUL-terminated) and returns its length, or -1. */
int FloatDigits_Fixed(double v, int prec, bool alt, char *out, size_t cap);
/* The same for "%.*e" / "%#.*e". */
int FloatDigits_Exp(double v, int prec, bool alt, char *out, size_t cap);
#endif
