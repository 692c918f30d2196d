/* The C part of the random module (lib/random.py runs after it, in the same
 * namespace).
 *
 * It gives random.Random its integer methods (_randbelow, randrange,
 * randint, choice, shuffle) as method descriptors of _random.Random, which
 * the class body of random.Random takes as its own.  They draw straight
 * from the Mersenne Twister while the generator's class keeps
 * _random.Random's getrandbits(); otherwise, and whenever a class puts its
 * own _randbelow in front, they call the Python methods, so subclasses see
 * the calls CPython makes.
 *
 * It also gives the module the seed digest of str and bytes seeds (through
 * libcrypto's SHA-512). */
#include "abstract.h"
#include "modules/_random.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/range.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include <openssl/sha.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MT_OF(self) (&((RandomCore *)(self))->mt)

/* ---- _randbelow --------------------------------------------------------- */

/* k random bits from self: the generator's own, or self.getrandbits(k). */
static Object *draw_bits(Object *self, bool plain, uint64_t k) {
    if (plain) return Mt_Bits(MT_OF(self), k);
    Object *arg = Int_FromU64(k);
    if (!arg) return NULL;
    Object *r = Obj_CallMethod(self, ID(getrandbits), &arg, 1);
    DECREF(arg);
    return r;
}

/* A uniform int in [0, n) by rejection: draws of bit_length(n) bits until
 * one is below n.  n (borrowed) is an int; 0 for n <= 0, for which CPython
 * would loop for ever. */
static Object *below_by_bits(Object *self, Object *n) {
    if (Int_Sign(n) <= 0) return SMALL_FROM(0);
    bool plain = Random_PlainBits(self);
    if (plain && IS_SMALL(n)) return SMALL_FROM(Mt_Below(MT_OF(self), (uint64_t)SMALL_VAL(n)));
    mpz_t z;
    mpz_init(z);
    Int_ToMpz(n, z);
    uint64_t k = mpz_sizeinbase(z, 2);
    mpz_clear(z);
    for (;;) {
        Object *r = draw_bits(self, plain, k);
        if (!r) return NULL;
        int too_big = Obj_RichCompareBool(r, n, CMP_GE);
        if (too_big == 0) return r;
        DECREF(r);
        if (too_big < 0) return NULL;
    }
}

/* The same for an n that is not an int, as CPython's Python method treats
 * it: n.bit_length() bits at a time, compared with n. */
static Object *below_by_bits_any(Object *self, Object *n) {
    Object *k = Obj_CallMethod(n, ID(bit_length), NULL, 0);
    if (!k) return NULL;
    for (;;) {
        Object *r = Obj_CallMethod(self, ID(getrandbits), &k, 1);
        int too_big = r ? Obj_RichCompareBool(r, n, CMP_GE) : -1;
        if (too_big == 0) {
            DECREF(k);
            return r;
        }
        XDECREF(r);
        if (too_big < 0) {
            DECREF(k);
            return NULL;
        }
    }
}

static Object *accel_randbelow(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Int_Check(args[0]) ? below_by_bits(self, args[0]) : below_by_bits_any(self, args[0]);
}

static const MethodDef accel_methods[];

/* Whether self._randbelow is the C one above. */
static bool below_is_ours(Object *self) {
    Object *found = Type_Lookup(TYPE(self), ID(_randbelow));
    return found && TYPE(found) == &MethodDescr_Type && ((MethodDescr *)found)->def == &accel_methods[0] &&
           !Random_InstanceHas(self, ID(_randbelow));
}

/* self._randbelow(n): the C one unless self or its class has its own. */
static Object *call_below(Object *self, Object *n) {
    if (below_is_ours(self)) return below_by_bits(self, n);
    return Obj_CallMethod(self, ID(_randbelow), &n, 1);
}

/* Whether self draws _randbelow from the Mersenne Twister without any
 * Python call in between. */
static MtState *plain_below(Object *self) {
    return below_is_ours(self) && Random_PlainBits(self) ? MT_OF(self) : NULL;
}

/* ---- randrange and randint ---------------------------------------------- */

/* base + step * self._randbelow(count): step NULL means 1.  Borrows all. */
static Object *pick_in_range(Object *self, Object *base, Object *step, Object *count) {
    Object *r = call_below(self, count);
    if (!r || !step) goto add;
    Object *scaled = Obj_BinaryOp(step, r, NB_MULTIPLY);
    DECREF(r);
    r = scaled;
add:
    if (!r) return NULL;
    Object *sum = Obj_BinaryOp(base, r, NB_ADD);
    DECREF(r);
    return sum;
}

/* randrange's range error: the arguments as they were given. */
static Object *empty_range(Object *start, Object *stop, Object *step) {
    if (step) Err_Format(Exc_ValueError, "empty range in randrange(%R, %R, %R)", start, stop, step);
    else Err_Format(Exc_ValueError, "empty range in randrange(%R, %R)", start, stop);
    return NULL;
}

/* randrange with a step other than 1: the count of values, ceil(width /
 * step) toward the step's side; NULL with the error raised. */
static Object *stepped_count(Object *width, Object *istep) {
    int sign = Int_Sign(istep);
    if (sign == 0) {
        Err_SetString(Exc_ValueError, "zero step for randrange()");
        return NULL;
    }
    Object *adjust = Obj_BinaryOp(istep, SMALL_FROM(sign), NB_SUBTRACT); /* step - 1 or step + 1 */
    if (!adjust) return NULL;
    Object *top = Obj_BinaryOp(width, adjust, NB_ADD);
    DECREF(adjust);
    if (!top) return NULL;
    Object *n = Obj_BinaryOp(top, istep, NB_FLOOR_DIVIDE);
    DECREF(top);
    return n;
}

static Object *randrange_general(Object *self, Object *start, Object *istart, Object *stop, Object *step) {
    Object *istop = Index_Exact(stop), *istep = NULL, *width = NULL, *count = NULL, *r = NULL;
    if (!istop) return NULL;
    if (!(istep = Index_Exact(step)) || !(width = Obj_BinaryOp(istop, istart, NB_SUBTRACT))) goto done;
    if (istep == SMALL_FROM(1)) {
        int positive = Int_Sign(width) > 0;
        r = positive ? pick_in_range(self, istart, NULL, width) : empty_range(start, stop, NULL);
        goto done;
    }
    if (!(count = stepped_count(width, istep))) goto done;
    r = Int_Sign(count) > 0 ? pick_in_range(self, istart, istep, count) : empty_range(start, stop, step);
done:
    DECREF(istop);
    XDECREF(istep);
    XDECREF(width);
    XDECREF(count);
    return r;
}

static Object *accel_randrange(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *start = args[0], *stop = args[1], *step = args[2];
    MtState *mt;
    if (IS_SMALL(start) && stop && IS_SMALL(stop) && (!step || step == SMALL_FROM(1)) && (mt = plain_below(self))) {
        int64_t lo = SMALL_VAL(start), hi = SMALL_VAL(stop);
        if (hi > lo) return SMALL_FROM(lo + (int64_t)Mt_Below(mt, (uint64_t)(hi - lo)));
    }
    Object *istart = Index_Exact(start);
    if (!istart) return NULL;
    Object *r;
    if (stop && stop != OBJ_NONE) {
        r = randrange_general(self, start, istart, stop, step ? step : SMALL_FROM(1));
    } else if (step && step != SMALL_FROM(1)) { /* CPython asks whether step is the int 1 itself */
        Err_SetString(Exc_TypeError, "Missing a non-None stop argument");
        r = NULL;
    } else if (Int_Sign(istart) > 0) {
        r = call_below(self, istart);
    } else {
        Err_SetString(Exc_ValueError, "empty range for randrange()");
        r = NULL;
    }
    DECREF(istart);
    return r;
}

static Object *accel_randint(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    MtState *mt;
    if (IS_SMALL(args[0]) && IS_SMALL(args[1]) && (mt = plain_below(self))) {
        int64_t lo = SMALL_VAL(args[0]), hi = SMALL_VAL(args[1]);
        if (hi >= lo) return SMALL_FROM(lo + (int64_t)Mt_Below(mt, (uint64_t)(hi - lo) + 1));
    }
    Object *a = Index_Exact(args[0]), *b = a ? Index_Exact(args[1]) : NULL, *width = NULL, *r = NULL;
    if (!b) goto done;
    if (Int_Compare(b, a) < 0) {
        Err_Format(Exc_ValueError, "empty range in randint(%R, %R)", a, b);
        goto done;
    }
    Object *span = Obj_BinaryOp(b, a, NB_SUBTRACT);
    if (!span) goto done;
    width = Obj_BinaryOp(span, SMALL_FROM(1), NB_ADD);
    DECREF(span);
    if (width) r = pick_in_range(self, a, NULL, width);
done:
    XDECREF(a);
    XDECREF(b);
    XDECREF(width);
    return r;
}

/* ---- choice and shuffle -------------------------------------------------- */

/* A position in [0, n) for n > 0, as self._randbelow(n) gives it; -1 with
 * an error. */
static ssize_t below_index(Object *self, ssize_t n) {
    MtState *mt = plain_below(self);
    if (mt) return (ssize_t)Mt_Below(mt, (uint64_t)n);
    Object *r = call_below(self, SMALL_FROM(n));
    if (!r) return -1;
    ssize_t i = Int_AsSsize(r);
    DECREF(r);
    return i;
}

static Object *accel_choice(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *seq = args[0];
    ssize_t n = Obj_Len(seq);
    if (n < 0) return NULL;
    if (n == 0) {
        Err_SetString(Exc_IndexError, "Cannot choose from an empty sequence");
        return NULL;
    }
    MtState *mt = plain_below(self);
    Object *pos = mt ? SMALL_FROM(Mt_Below(mt, (uint64_t)n)) : call_below(self, SMALL_FROM(n));
    if (!pos) return NULL;
    if (List_CheckExact(seq) && IS_SMALL(pos) && SMALL_VAL(pos) >= 0 && SMALL_VAL(pos) < LIST_LEN(seq))
        return NEWREF(LIST_GET(seq, SMALL_VAL(pos)));
    Object *r = Obj_GetItem(seq, pos);
    DECREF(pos);
    return r;
}

/* x[i], x[j] = x[j], x[i] through the item protocol. */
static int swap_items(Object *x, ssize_t i, ssize_t j) {
    Object *a = Obj_GetItem(x, SMALL_FROM(i));
    Object *b = a ? Obj_GetItem(x, SMALL_FROM(j)) : NULL;
    int r = b && Obj_SetItem(x, SMALL_FROM(i), b) == 0 && Obj_SetItem(x, SMALL_FROM(j), a) == 0 ? 0 : -1;
    XDECREF(a);
    XDECREF(b);
    return r;
}

static Object *accel_shuffle(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *x = args[0];
    ssize_t n = Obj_Len(x);
    if (n < 0) return NULL;
    for (ssize_t i = n - 1; i > 0; i--) {
        MtState *mt = plain_below(self);
        if (mt && List_CheckExact(x) && LIST_LEN(x) > i) {
            ssize_t j = (ssize_t)Mt_Below(mt, (uint64_t)i + 1);
            Object **items = LIST_ITEMS(x), *t = items[i];
            items[i] = items[j];
            items[j] = t;
            continue;
        }
        ssize_t j = below_index(self, i + 1);
        if (j < 0 || swap_items(x, i, j) < 0) return NULL;
    }
    RETURN_NONE;
}

static const MethodDef accel_methods[] = {
    {"_randbelow_with_getrandbits", accel_randbelow, 0,
     ARGS_F(ARG_PYTHON_STYLE, "($self, n)", "Return a random int in the range [0,n).  Defined for n > 0.")},
    {"randrange", accel_randrange, 0,
     ARGS_F(ARG_PYTHON_STYLE, "($self, start, stop=None, step=1)",
            "Choose a random item from range(stop) or range(start, stop[, step]).\n\n"
            "Roughly equivalent to ``choice(range(start, stop, step))`` but\n"
            "supports arbitrarily large ranges and is optimized for common cases.\n\n")},
    {"randint", accel_randint, 0,
     ARGS_F(ARG_PYTHON_STYLE, "($self, a, b)", "Return random integer in range [a, b], including both end points.\n"
                                               "        ")},
    {"choice", accel_choice, 0,
     ARGS_F(ARG_PYTHON_STYLE, "($self, seq)", "Choose a random element from a non-empty sequence.")},
    {"shuffle", accel_shuffle, 0, ARGS_F(ARG_PYTHON_STYLE, "($self, x)", "Shuffle list x in place, and return None.")},
    {NULL, NULL, 0, NULL},
};

/* ---- module helpers ------------------------------------------------------- */

/* int.from_bytes(data + sha512(data).digest()): what a str, bytes or
 * bytearray seed becomes (data is its UTF-8 for a str). */
static Object *random_digest_seed(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    const uint8_t *p;
    ssize_t n;
    if (!Bytes_GetBuffer(args[0], &p, &n)) {
        Err_Format(Exc_TypeError, "a bytes-like object is required, not '%T'", args[0]);
        return NULL;
    }
    uint8_t *all = malloc((size_t)n + SHA512_DIGEST_LENGTH);
    if (!all) {
        Err_SetString(Exc_MemoryError, "");
        return NULL;
    }
    memcpy(all, p, (size_t)n);
    SHA512(all, (size_t)n, all + n);
    mpz_t z;
    mpz_init(z);
    mpz_import(z, (size_t)n + SHA512_DIGEST_LENGTH, 1, 1, 0, 0, all);
    free(all);
    Object *r = Int_FromMpz(z);
    mpz_clear(z);
    return r;
}

static const MethodDef random_helpers[] = {
    {"_digest_seed", random_digest_seed, 0, ARGS("($module, data, /)", NULL)},
    {NULL, NULL, 0, NULL},
};

int RandomAccel_Init(Object *module) {
    if (Module_AddFunctions(module, random_helpers) < 0) return -1;
    /* the methods, under a private name each, for random.Random's body */
    for (const MethodDef *def = accel_methods; def->name; def++) {
        char name[64];
        snprintf(name, sizeof name, "_c_%s", def->name + (def->name[0] == '_'));
        if (Module_AddObjectSteal(module, name, MethodDescr_New(&RandomCore_Type, def)) < 0) return -1;
    }
    return 0;
}
