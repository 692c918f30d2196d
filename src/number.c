/* Operator dispatch: a op b tries the left operand's slot, then the right's
 * (a right operand whose type subclasses the left's goes first), as CPython. */
#include "abstract.h"
#include "modules/_warnings.h"
#include "modules/modules.h"
#include "object.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "runtime/err.h"
#include <limits.h>

static const char *const op_symbols[] = {
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
    "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=", "[]",
};

const char *BinaryOp_Symbol(int op) { return op_symbols[op]; }

/* Returns a new reference, NotImplemented included. */
static Object *binary_op1(Object *a, Object *b, int op) {
    Type *ta = TYPE(a), *tb = TYPE(b);
    BinaryFn sa = ta->nb[op];
    BinaryFn sb = tb != ta ? tb->nb[op] : NULL;
    if (sb == sa) sb = NULL;
    if (sa) {
        if (sb && Type_IsSubtype(tb, ta)) {
            Object *r = sb(a, b);
            if (r != OBJ_NOTIMPL) return r;
            DECREF(r);
            sb = NULL;
        }
        Object *r = sa(a, b);
        if (r != OBJ_NOTIMPL) return r;
        DECREF(r);
    }
    if (sb) return sb(a, b);
    return NEWREF(OBJ_NOTIMPL);
}

static bool is_sequence(Object *o) { return TYPE(o)->sq_concat || TYPE(o)->sq_repeat; }

static bool is_bytes_like(Object *o) {
    return !IS_SMALL(o) && (TYPE_FLAG(o, TPFLAG_BYTES_SUBCLASS) || Type_IsSubtype(TYPE(o), &ByteArray_Type));
}

static void binop_error(Object *a, Object *b, int op, int base) {
    if (base == NB_ADD && TYPE(a)->sq_concat) {
        if (is_bytes_like(a))
            Err_Format(Exc_TypeError, "can't concat %s to %s", TYPE_NAME(b), TYPE_NAME(a));
        else
            Err_Format(Exc_TypeError, "can only concatenate %s (not \"%s\") to %s", TYPE_NAME(a),
                       TYPE_NAME(b), TYPE_NAME(a));
        return;
    }
    if (base == NB_MULTIPLY && ((is_sequence(a) && !Int_Check(b)) || (is_sequence(b) && !Int_Check(a)))) {
        Object *other = is_sequence(a) ? b : a;
        Err_Format(Exc_TypeError, "can't multiply sequence by non-int of type '%s'", TYPE_NAME(other));
        return;
    }
    Err_Format(Exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
               base == NB_POWER ? (op == NB_POWER ? "** or pow()" : "**= or pow()") : op_symbols[op],
               TYPE_NAME(a), TYPE_NAME(b));
}

void Obj_BinaryOpError(Object *a, Object *b, int op) {
    binop_error(a, b, op, op >= NB_INPLACE_ADD ? op - NB_INPLACE_ADD : op);
}

Object *Obj_BinaryOp(Object *a, Object *b, int op) {
    if (op == NB_SUBSCR) return Obj_GetItem(a, b);
    /* list + list: neither has a number slot to try first */
    if (op == NB_ADD && List_CheckExact(a) && List_CheckExact(b)) return List_Concat(a, b);
    int base = op;
    if (op >= NB_INPLACE_ADD) {
        base = op - NB_INPLACE_ADD;
        BinaryFn si = TYPE(a)->nb_inplace[base];
        if (si) {
            Object *r = si(a, b);
            if (r != OBJ_NOTIMPL) return r;
            DECREF(r);
        }
    }
    Object *r = binary_op1(a, b, base);
    if (r != OBJ_NOTIMPL) return r;
    DECREF(r);
    /* sequences: concatenation and repetition come last */
    Type *ta = TYPE(a), *tb = TYPE(b);
    BinaryFn seq = NULL;
    if (base == NB_ADD) {
        seq = op != base && ta->sq_inplace_concat ? ta->sq_inplace_concat : ta->sq_concat;
    } else if (base == NB_MULTIPLY) {
        seq = op != base && ta->sq_inplace_repeat ? ta->sq_inplace_repeat : ta->sq_repeat;
        if (!seq) seq = tb->sq_repeat;
    }
    if (seq) {
        r = seq(a, b);
        if (r != OBJ_NOTIMPL) return r;
        DECREF(r);
    }
    binop_error(a, b, op, base);
    return NULL;
}

static Object *unary(Object *o, UnaryFn f, const char *sym) {
    if (f) return f(o);
    Err_Format(Exc_TypeError, "bad operand type for %s: '%s'", sym, TYPE_NAME(o));
    return NULL;
}

Object *Obj_Negative(Object *o) { return unary(o, TYPE(o)->nb_negative, "unary -"); }
Object *Obj_Positive(Object *o) { return unary(o, TYPE(o)->nb_positive, "unary +"); }
Object *Obj_Invert(Object *o) { return unary(o, TYPE(o)->nb_invert, "unary ~"); }
Object *Obj_Absolute(Object *o) { return unary(o, TYPE(o)->nb_absolute, "abs()"); }

Object *Obj_Index(Object *o) {
    if (Int_Check(o)) return NEWREF(o);
    UnaryFn f = TYPE(o)->nb_index;
    if (!f) {
        Err_Format(Exc_TypeError, "'%s' object cannot be interpreted as an integer", TYPE_NAME(o));
        return NULL;
    }
    Object *r = f(o);
    if (r && !Int_Check(r)) {
        Err_Format(Exc_TypeError, "__index__ returned non-int (type %s)", TYPE_NAME(r));
        DECREF(r);
        return NULL;
    }
    if (r && !Int_CheckExact(r) && Warn_StrictSubclass("__index__", "int", r) < 0) CLEAR(r);
    return r;
}

/* CPython's PyObject_AsFileDescriptor: an int, or what o.fileno() returns. */
int Obj_AsFileDescriptor(Object *o) {
    Object *v;
    if (Int_Check(o)) {
        if (Bool_Check(o) && Warn_Emit(Exc_RuntimeWarning, "bool is used as a file descriptor", 1) < 0) return -1;
        v = NEWREF(o);
    } else {
        Object *meth;
        if (Obj_LookupAttr(o, ID(fileno), &meth) < 0) return -1;
        if (!meth) {
            Err_SetString(Exc_TypeError, "argument must be an int, or have a fileno() method.");
            return -1;
        }
        v = Obj_CallNoArgs(meth);
        DECREF(meth);
        if (!v) return -1;
        if (!Int_Check(v)) {
            DECREF(v);
            Err_SetString(Exc_TypeError, "fileno() returned a non-integer");
            return -1;
        }
    }
    int64_t x;
    int r = Int_AsI64(v, &x);
    DECREF(v);
    if (r < 0 || x > INT_MAX || x < INT_MIN) {
        Err_Clear();
        Err_SetString(Exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    if (x < 0) {
        Err_Format(Exc_ValueError, "file descriptor cannot be a negative integer (%d)", (int)x);
        return -1;
    }
    return (int)x;
}

Object *Obj_Format(Object *o, Object *spec) {
    if (spec && !Str_Check(spec)) { /* only hostile bytecode (FORMAT_WITH_SPEC) passes one */
        Err_Format(Exc_SystemError, "Format specifier must be a string, not %s", TYPE_NAME(spec));
        return NULL;
    }
    bool empty = !spec || STR_LEN(spec) == 0;
    if (empty) {
        if (Str_CheckExact(o)) return NEWREF(o);
        if (Int_CheckExact(o)) return Int_Repr(o);
    }
    if (!spec) spec = Str_InternC("");
    /* Exact int, float and str: their (unchangeable) __format__ directly,
     * without looking it up and binding it for every f-string field. */
    if (Int_CheckExact(o)) return Int_Format(o, spec);
    if (Float_CheckExact(o)) return Float_Format(o, spec);
    if (Str_CheckExact(o)) return Str_Format(o, spec);
    /* looked up on the type, as every special method (format(int, "x") is
     * type.__format__, not int.__format__) */
    bool found;
    Object *r = Obj_CallSpecial(o, ID(__format__), &spec, 1, &found);
    if (!r && !found) Err_Format(Exc_TypeError, "Type %s doesn't define __format__", TYPE_NAME(o));
    if (r && !Str_Check(r)) {
        Err_Format(Exc_TypeError, "__format__ must return a str, not %s", TYPE_NAME(r));
        DECREF(r);
        return NULL;
    }
    return r;
}
