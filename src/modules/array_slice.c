/* Subscripts of array.array: a[i], a[i:j:k], and assigning and deleting
 * them.  A slice of an array is a plain array (never the subclass); only
 * an array of the same type code can be assigned to a slice. */
#include "abstract.h"
#include "modules/array.h"
#include "objects/range.h"
#include "objects/tuple.h"
#include "runtime/err.h"
#include <stdlib.h>
#include <string.h>

static int bad_index(void) {
    Err_SetString(Exc_TypeError, "array indices must be integers");
    return -1;
}

/* key as an item index into a, made non-negative; -1 with IndexError(msg). */
static int item_index(Array *a, Object *key, const char *msg, ssize_t *out) {
    ssize_t i;
    if (Index_AsSsize(key, Exc_IndexError, &i) < 0) return -1;
    if (i < 0) i += a->len;
    if (i < 0 || i >= a->len) {
        Err_SetString(Exc_IndexError, msg);
        return -1;
    }
    *out = i;
    return 0;
}

Object *Array_Subscript(Object *self, Object *key) {
    Array *a = ARR(self);
    if (IS_SMALL(key) || Index_Check(key)) {
        ssize_t i;
        if (item_index(a, key, "array index out of range", &i) < 0) return NULL;
        return ArrayItem_Get(a->code, ARR_ITEM(a, i));
    }
    if (TYPE(key) != &Slice_Type) return bad_index(), NULL;
    ssize_t start, stop, step, count;
    if (Slice_Indices(key, a->len, &start, &stop, &step, &count) < 0) return NULL;
    Object *r = Array_NewEmpty(&Array_Type, a->code, count);
    if (!r || count == 0) return r;
    ssize_t size = a->code->size;
    if (step == 1) {
        memcpy(ARR(r)->data, ARR_ITEM(a, start), (size_t)(count * size));
    } else {
        for (ssize_t k = 0, i = start; k < count; k++, i += step)
            memcpy(ARR(r)->data + k * size, ARR_ITEM(a, i), (size_t)size);
    }
    ARR(r)->len = count;
    return r;
}

/* a[i] = v, or del a[i] when v is NULL. */
static int assign_item(Array *a, Object *key, Object *v) {
    ssize_t i;
    if (item_index(a, key, "array assignment index out of range", &i) < 0) return -1;
    if (!v) {
        if (a->exports > 0) return Array_Resize(a, a->len - 1); /* refuses */
        memmove(ARR_ITEM(a, i), ARR_ITEM(a, i + 1), (size_t)((a->len - i - 1) * a->code->size));
        return Array_Resize(a, a->len - 1);
    }
    char item[8];
    if (ArrayItem_Set(a->code, item, v) < 0) return -1;
    if (i >= a->len) { /* the conversion (an __index__) shrank the array */
        Err_SetString(Exc_IndexError, "array assignment index out of range");
        return -1;
    }
    memcpy(ARR_ITEM(a, i), item, a->code->size);
    return 0;
}

/* Removes the count items start, start+step, ... (step > 0 or < 0). */
static void delete_stepped(Array *a, ssize_t start, ssize_t step, ssize_t count) {
    if (step < 0) { /* the same items, visited upwards */
        start += step * (count - 1);
        step = -step;
    }
    ssize_t size = a->code->size, dst = start;
    for (ssize_t i = start; i < a->len; i++) {
        if (i >= start && (i - start) % step == 0 && (i - start) / step < count) continue;
        if (dst != i) memcpy(ARR_ITEM(a, dst), ARR_ITEM(a, i), (size_t)size);
        dst++;
    }
    a->len = dst; /* shrinking within the memory held: cannot fail */
}

/* a[start:stop] = the n items at src (step 1): the tail moves. */
static int replace_run(Array *a, ssize_t start, ssize_t stop, const char *src, ssize_t n) {
    ssize_t size = a->code->size, old = a->len, tail = old - stop;
    if (n < stop - start) {
        memmove(ARR_ITEM(a, start + n), ARR_ITEM(a, stop), (size_t)(tail * size));
        if (Array_Resize(a, old - (stop - start) + n) < 0) return -1;
    } else if (n > stop - start) {
        if (Array_Resize(a, old + n - (stop - start)) < 0) return -1;
        memmove(ARR_ITEM(a, start + n), ARR_ITEM(a, stop), (size_t)(tail * size));
    }
    if (n) memcpy(ARR_ITEM(a, start), src, (size_t)(n * size));
    return 0;
}

static int assign_slice(Array *a, Object *key, Object *v) {
    Array *src = NULL;
    if (v) {
        if (!Array_Check(v)) {
            Err_Format(Exc_TypeError, "can only assign array (not \"%s\") to array slice", TYPE_NAME(v));
            return -1;
        }
        src = ARR(v);
        if (src->code != a->code) {
            Err_SetString(Exc_TypeError, "bad argument type for built-in operation");
            return -1;
        }
    }
    ssize_t start, stop, step, count;
    if (Slice_Indices(key, a->len, &start, &stop, &step, &count) < 0) return -1;
    ssize_t needed = src ? src->len : 0;
    if (a->exports > 0 && (needed == 0 || (step == 1 && needed != count))) {
        Err_SetString(Exc_BufferError, "cannot resize an array that is exporting buffers");
        return -1;
    }
    /* the items to store, copied when they are a's own (a[::-1] = a) */
    ssize_t size = a->code->size;
    char *copy = NULL;
    const char *from = src ? src->data : NULL;
    if (src == a && needed) {
        if (!(copy = malloc((size_t)(needed * size)))) return Err_NoMemory(), -1;
        memcpy(copy, a->data, (size_t)(needed * size));
        from = copy;
    }
    int r = 0;
    if (step == 1) {
        if (stop < start) stop = start;
        r = replace_run(a, start, stop, from, needed);
    } else if (needed == 0) {
        if (count) delete_stepped(a, start, step, count);
    } else if (needed != count) {
        Err_Format(Exc_ValueError, "attempt to assign array of size %zd to extended slice of size %zd", needed, count);
        r = -1;
    } else {
        for (ssize_t k = 0, i = start; k < count; k++, i += step)
            memcpy(ARR_ITEM(a, i), from + k * size, (size_t)size);
    }
    free(copy);
    return r;
}

int Array_AssignSubscript(Object *self, Object *key, Object *value) {
    if (IS_SMALL(key) || Index_Check(key)) return assign_item(ARR(self), key, value);
    if (TYPE(key) != &Slice_Type) return bad_index();
    return assign_slice(ARR(self), key, value);
}
