/* The math module's functions of integers: gcd, lcm, isqrt, factorial,
 * comb and perm.  Arguments go through __index__; the work is GMP's. */
#include "abstract.h"
#include "modules/math.h"
#include "objects/int.h"
#include "runtime/err.h"

/* An mpz (initialised here) holding index(o); false with the TypeError. */
static bool index_to_mpz(Object *o, mpz_t z) {
    Object *n = Obj_Index(o);
    if (!n) return false;
    mpz_init(z);
    Int_ToMpz(n, z);
    DECREF(n);
    return true;
}

/* Folds gcd or lcm over the arguments; every one is checked as an integer
 * even once the result is settled. */
static Object *fold_integers(Object *const *args, size_t nargs, bool lcm) {
    mpz_t acc, x;
    mpz_init_set_ui(acc, lcm ? 1 : 0);
    for (size_t i = 0; i < nargs; i++) {
        if (!index_to_mpz(args[i], x)) {
            mpz_clear(acc);
            return NULL;
        }
        if (i == 0)
            mpz_abs(acc, x);
        else if (lcm)
            mpz_lcm(acc, acc, x);
        else
            mpz_gcd(acc, acc, x);
        mpz_clear(x);
    }
    Object *r = Int_FromMpz(acc);
    mpz_clear(acc);
    return r;
}

MATH_FN(Math_Gcd) { return fold_integers(args, nargs, false); }
MATH_FN(Math_Lcm) { return fold_integers(args, nargs, true); }

MATH_FN(Math_Isqrt) {
    mpz_t n;
    if (!index_to_mpz(args[0], n)) return NULL;
    Object *r = NULL;
    if (mpz_sgn(n) < 0)
        Err_SetString(Exc_ValueError, "isqrt() argument must be nonnegative");
    else {
        mpz_sqrt(n, n);
        r = Int_FromMpz(n);
    }
    mpz_clear(n);
    return r;
}

/* n! of an index n, with CPython's limits. */
static Object *factorial_of(Object *arg) {
    mpz_t n;
    if (!index_to_mpz(arg, n)) return NULL;
    Object *r = NULL;
    if (mpz_sgn(n) < 0)
        Err_SetString(Exc_ValueError, "factorial() not defined for negative values");
    else if (!mpz_fits_slong_p(n))
        Err_Format(Exc_OverflowError, "factorial() argument should not exceed %ld", LONG_MAX);
    else {
        mpz_fac_ui(n, mpz_get_ui(n));
        r = Int_FromMpz(n);
    }
    mpz_clear(n);
    return r;
}

MATH_FN(Math_Factorial) { return factorial_of(args[0]); }

/* comb (ordered false) or perm of n and k, both checked and non-negative
 * once converted; k > n gives 0. */
static Object *choose(Object *n_arg, Object *k_arg, bool ordered) {
    mpz_t n, k;
    if (!index_to_mpz(n_arg, n)) return NULL;
    if (!index_to_mpz(k_arg, k)) {
        mpz_clear(n);
        return NULL;
    }
    Object *r = NULL;
    if (mpz_sgn(n) < 0)
        Err_SetString(Exc_ValueError, "n must be a non-negative integer");
    else if (mpz_sgn(k) < 0)
        Err_SetString(Exc_ValueError, "k must be a non-negative integer");
    else if (mpz_cmp(k, n) > 0)
        r = Int_FromI64(0);
    else {
        if (!ordered) {
            /* C(n, k) == C(n, n - k): the smaller one is the count of factors */
            mpz_sub(n, n, k);
            if (mpz_cmp(n, k) < 0) mpz_swap(n, k);
            mpz_add(n, n, k);
        }
        if (!mpz_fits_slong_p(k))
            Err_Format(Exc_OverflowError, ordered ? "k must not exceed %ld" : "min(n - k, k) must not exceed %ld",
                       LONG_MAX);
        else {
            unsigned long count = mpz_get_ui(k);
            mpz_bin_ui(n, n, count);
            if (ordered) {
                mpz_fac_ui(k, count);
                mpz_mul(n, n, k);
            }
            r = Int_FromMpz(n);
        }
    }
    mpz_clear(n);
    mpz_clear(k);
    return r;
}

MATH_FN(Math_Comb) { return choose(args[0], args[1], false); }

MATH_FN(Math_Perm) {
    if (nargs < 2 || args[1] == OBJ_NONE) return factorial_of(args[0]);
    return choose(args[0], args[1], true);
}
