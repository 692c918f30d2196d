/* Built-in functions that consume iterables: all, any, iter, next, min, max,
 * sorted, sum. */
#include "modules/builtins_impl.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/func.h"
#include "objects/gen.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/range.h"
#include "runtime/args.h"
#include "runtime/float_sum.h"

/* The items of an iterable, for the loops below.  An exact list or tuple is
 * read by index without making an iterator object; the list's length is
 * read again at every step, as its iterator does, so a list changed by a
 * key function or a comparison yields the same items. */
typedef struct Items {
    Object *it;          /* an iterator (owned), or NULL: */
    Object *list;        /* an exact list (borrowed), or NULL: */
    Object *const *arr;  /* a fixed array (a tuple's items, the arguments) */
    ssize_t i, n;
} Items;

static int items_begin(Items *c, Object *iterable) {
    *c = (Items){NULL, NULL, NULL, 0, 0};
    if (List_CheckExact(iterable)) {
        c->list = iterable;
    } else if (Tuple_CheckExact(iterable)) {
        c->arr = TUPLE_ITEMS(iterable);
        c->n = TUPLE_LEN(iterable);
    } else if (!(c->it = Obj_GetIter(iterable))) {
        return -1;
    }
    return 0;
}

static void items_of_array(Items *c, Object *const *arr, size_t n) { *c = (Items){NULL, NULL, arr, 0, (ssize_t)n}; }

/* The next item (new reference), or NULL at the end or with an error set. */
static inline Object *items_next(Items *c) {
    if (c->it) return Iter_Next(c->it);
    if (c->list) return c->i < LIST_LEN(c->list) ? NEWREF(LIST_GET(c->list, c->i++)) : NULL;
    return c->i < c->n ? NEWREF(c->arr[c->i++]) : NULL;
}

static void items_end(Items *c) { XDECREF(c->it); }

/* all() / any(): stop at the first item whose truth equals `stop_on`. */
static Object *all_any(Object *iterable, int stop_on) {
    Items it;
    if (items_begin(&it, iterable) < 0) return NULL;
    for (;;) {
        Object *x = items_next(&it);
        if (!x) break;
        int t = Obj_IsTrue(x);
        DECREF(x);
        if (t < 0) break;
        if (t == stop_on) {
            items_end(&it);
            RETURN_BOOL(stop_on);
        }
    }
    items_end(&it);
    if (Err_Occurred()) return NULL;
    RETURN_BOOL(!stop_on);
}

Object *Builtin_All(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return all_any(args[0], 0);
}

Object *Builtin_Any(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return all_any(args[0], 1);
}

Object *Builtin_Iter(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (nargs == 1) return Obj_GetIter(args[0]);
    if (!Obj_IsCallable(args[0])) {
        Err_SetString(Exc_TypeError, "iter(v, w): v must be callable");
        return NULL;
    }
    return CallIter_New(args[0], args[1]);
}

/* next(it[, default]): a StopIteration raised by the iterator itself (with its
 * value) propagates unless a default is given. */
Object *Builtin_Next(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *it = args[0];
    UnaryFn f = TYPE(it)->iternext;
    if (!f) {
        Err_Format(Exc_TypeError, "'%s' object is not an iterator", TYPE_NAME(it));
        return NULL;
    }
    Object *r = f(it);
    if (r) return r;
    if (nargs > 1) {
        if (Err_Occurred()) {
            if (!Err_Matches(Exc_StopIteration)) return NULL;
            Err_Clear();
        }
        return NEWREF(args[1]);
    }
    if (!Err_Occurred()) Err_SetObject(Exc_StopIteration, NULL);
    return NULL;
}

Object *Builtin_AIter(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    bool found;
    Object *it = Obj_CallSpecial(args[0], ID(__aiter__), NULL, 0, &found);
    if (!found) {
        Err_Format(Exc_TypeError, "'%s' object is not an async iterable", TYPE_NAME(args[0]));
        return NULL;
    }
    if (it && !Type_Lookup(TYPE(it), ID(__anext__))) {
        Err_Format(Exc_TypeError, "aiter() returned not an async iterator of type '%s'", TYPE_NAME(it));
        CLEAR(it);
    }
    return it;
}

/* anext(it[, default]): it.__anext__(), wrapped when a default is given so
 * that the end of the iteration yields the default instead. */
Object *Builtin_ANext(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (!Type_Lookup(TYPE(args[0]), ID(__anext__))) {
        Err_Format(Exc_TypeError, "'%s' object is not an async iterator", TYPE_NAME(args[0]));
        return NULL;
    }
    bool found;
    Object *aw = Obj_CallSpecial(args[0], ID(__anext__), NULL, 0, &found);
    if (!aw || nargs == 1) return aw;
    Object *r = AsyncGen_ANextAwaitable(aw, args[1]);
    DECREF(aw);
    return r;
}

/* ---- min / max ------------------------------------------------------------ */

/* args: the values, then key and default (NULL when not given) */
static Object *min_max(Object *const *args, size_t nargs, int op, const char *name) {
    Object *key = args[nargs] == OBJ_NONE ? NULL : args[nargs], *dflt = args[nargs + 1];
    if (nargs > 1 && dflt) {
        Err_Format(Exc_TypeError, "Cannot specify a default for %s() with multiple positional arguments", name);
        return NULL;
    }
    if (nargs == 2 && !key) { /* max(a, b): the loop below, unrolled */
        int c = Obj_RichCompareBool(args[1], args[0], op);
        return c < 0 ? NULL : NEWREF(args[c > 0]);
    }
    Items it;
    if (nargs > 1) items_of_array(&it, args, nargs);
    else if (items_begin(&it, args[0]) < 0) return NULL;
    Object *best = NULL, *bestval = NULL;
    for (;;) {
        Object *item = items_next(&it);
        if (!item) {
            if (it.it && Err_Occurred()) goto fail;
            break;
        }
        Object *val = item;
        if (key) {
            if (!(val = Obj_CallOneArg(key, item))) {
                DECREF(item);
                goto fail;
            }
        } else {
            INCREF(val);
        }
        if (!bestval) {
            best = item;
            bestval = val;
            continue;
        }
        int c = Obj_RichCompareBool(val, bestval, op);
        if (c < 0) {
            DECREF(item);
            DECREF(val);
            goto fail;
        }
        if (c > 0) {
            SETREF(best, item);
            SETREF(bestval, val);
        } else {
            DECREF(item);
            DECREF(val);
        }
    }
    items_end(&it);
    if (!bestval) {
        if (dflt) return NEWREF(dflt);
        Err_Format(Exc_ValueError, "%s() iterable argument is empty", name);
        return NULL;
    }
    DECREF(bestval);
    return best;
fail:
    items_end(&it);
    XDECREF(best);
    XDECREF(bestval);
    return NULL;
}

Object *Builtin_Max(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return min_max(args, nargs, CMP_GT, "max");
}

Object *Builtin_Min(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return min_max(args, nargs, CMP_LT, "min");
}

/* sorted(iterable, /, *, key=None, reverse=False): the keywords go to
 * list.sort as CPython hands them on, so its errors name sort(). */
Object *Builtin_Sorted(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *l = List_FromIterable(args[0]);
    if (!l) return NULL;
    Object *r;
    if (!kwnames) {
        r = List_Sort(l, NULL, false) < 0 ? NULL : OBJ_NONE;
    } else {
        MethodDescr *sort = (MethodDescr *)Type_Lookup(&List_Type, ID(sort));
        r = Arg_Call(sort->def, (Object *)sort, l, args + 1, 0, kwnames);
    }
    if (!r) {
        DECREF(l);
        return NULL;
    }
    DECREF(r);
    return l;
}

/* ---- sum ------------------------------------------------------------------ */

/* Value of an int object as a C long, if it fits. */
static bool int_as_long(Object *o, long *out) {
    if (IS_SMALL(o)) {
        *out = (long)SMALL_VAL(o);
        return true;
    }
    BigInt *b = (BigInt *)o;
    if (!mpz_fits_slong_p(b->z)) return false;
    *out = mpz_get_si(b->z);
    return true;
}

static bool is_complex_exact(Object *o) { return !IS_SMALL(o) && o->type == &Complex_Type; }

/* result = result + item (both owned by the caller; result replaced). */
static int add_into(Object **result, Object *item) {
    Object *t = Obj_BinaryOp(*result, item, NB_ADD);
    DECREF(*result);
    *result = t;
    return t ? 0 : -1;
}

Object *Builtin_Sum(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *const *a = args;
    Object *result = a[1];
    Items it;
    if (items_begin(&it, a[0]) < 0) return NULL; /* (before the start's type, as in CPython) */
    const char *refused = NULL;
    if (!result) result = SMALL_FROM(0);
    else if (Str_Check(result)) refused = "sum() can't sum strings [use ''.join(seq) instead]";
    else if (Bytes_Check(result)) refused = "sum() can't sum bytes [use b''.join(seq) instead]";
    else if (!IS_SMALL(result) && Type_IsSubtype(TYPE(result), &ByteArray_Type))
        refused = "sum() can't sum bytearray [use b''.join(seq) instead]";
    if (refused) {
        Err_SetString(Exc_TypeError, refused);
        items_end(&it);
        return NULL;
    }
    INCREF(result);
    Object *item = NULL;
    long acc;
    /* Exact ints: accumulate in a C long while no overflow can happen. */
    if (Int_CheckExact(result) && int_as_long(result, &acc)) {
        for (;;) {
            item = items_next(&it);
            if (!item) goto finish_long;
            long b;
            if ((Int_CheckExact(item) || Bool_Check(item)) && int_as_long(item, &b) &&
                (acc >= 0 ? b <= LONG_MAX - acc : b >= LONG_MIN - acc)) {
                acc += b;
                DECREF(item);
                continue;
            }
            SETREF(result, Int_FromI64(acc));
            if (!result) {
                DECREF(item);
                goto fail;
            }
            int r = add_into(&result, item);
            CLEAR(item);
            if (r < 0) goto fail;
            break;
        }
    }
    if (Float_CheckExact(result)) {
        FloatSum s = FloatSum_Start(FLOAT_VAL(result));
        for (;;) {
            item = items_next(&it);
            if (!item) {
                if (Err_Occurred()) goto fail;
                items_end(&it);
                DECREF(result);
                return Float_From(FloatSum_Value(s));
            }
            long b;
            if (Float_CheckExact(item)) {
                s = FloatSum_Add(s, FLOAT_VAL(item));
                DECREF(item);
                continue;
            }
            if (Int_Check(item) && int_as_long(item, &b)) {
                s = FloatSum_Add(s, (double)b);
                DECREF(item);
                continue;
            }
            SETREF(result, Float_From(FloatSum_Value(s)));
            if (!result) {
                DECREF(item);
                goto fail;
            }
            int r = add_into(&result, item);
            CLEAR(item);
            if (r < 0) goto fail;
            break;
        }
    }
    if (is_complex_exact(result)) {
        FloatSum re = FloatSum_Start(((Complex *)result)->re), im = FloatSum_Start(((Complex *)result)->im);
        for (;;) {
            item = items_next(&it);
            if (!item) {
                if (Err_Occurred()) goto fail;
                items_end(&it);
                DECREF(result);
                return Complex_From(FloatSum_Value(re), FloatSum_Value(im));
            }
            long b;
            if (is_complex_exact(item)) {
                re = FloatSum_Add(re, ((Complex *)item)->re);
                im = FloatSum_Add(im, ((Complex *)item)->im);
                DECREF(item);
                continue;
            }
            if (Int_Check(item) && int_as_long(item, &b)) {
                re = FloatSum_Add(re, (double)b);
                im = FloatSum_Add(im, 0.0);
                DECREF(item);
                continue;
            }
            if (Float_Check(item)) {
                re = FloatSum_Add(re, FLOAT_VAL(item));
                im = FloatSum_Add(im, 0.0);
                DECREF(item);
                continue;
            }
            SETREF(result, Complex_From(FloatSum_Value(re), FloatSum_Value(im)));
            if (!result) {
                DECREF(item);
                goto fail;
            }
            int r = add_into(&result, item);
            CLEAR(item);
            if (r < 0) goto fail;
            break;
        }
    }
    for (;;) {
        item = items_next(&it);
        if (!item) break;
        int r = add_into(&result, item);
        CLEAR(item);
        if (r < 0) goto fail;
    }
    items_end(&it);
    if (Err_Occurred()) {
        DECREF(result);
        return NULL;
    }
    return result;
finish_long:
    items_end(&it);
    DECREF(result);
    if (Err_Occurred()) return NULL;
    return Int_FromI64(acc);
fail:
    items_end(&it);
    XDECREF(result);
    return NULL;
}
