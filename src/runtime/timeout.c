/* Timeouts as CPython converts them (runtime/timeout.h). */
#include "runtime/timeout.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/tuple.h"
#include "runtime/err.h"
#include <math.h>

int Timeout_ToNs(Object *o, double scale, const char *type_error, int64_t *ns) {
    if (!o || o == OBJ_NONE) {
        *ns = -1;
        return 0;
    }
    double d;
    if (Float_Check(o)) {
        d = FLOAT_VAL(o);
        if (isnan(d)) {
            Err_SetString(Exc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
    } else if (Int_Check(o) || Index_Check(o)) {
        int64_t v;
        if (Int_AsI64(o, &v) < 0) {
            Err_Clear();
            goto range;
        }
        d = (double)v;
    } else {
        if (type_error) Err_SetString(Exc_TypeError, type_error);
        else Err_Format(Exc_TypeError, "'%s' object cannot be interpreted as an integer or float", TYPE_NAME(o));
        return -1;
    }
    d = ceil(d * 1e9 / scale);
    if (!(fabs(d) < 9.2e18)) goto range;
    *ns = (int64_t)d;
    return 0;
range:
    Err_SetString(Exc_OverflowError, "timestamp out of range for C PyTime_t");
    return -1;
}

