/* _typing._ConstEvaluator: what TypeVar('T', bound=int).evaluate_bound is.
 * A type parameter given its bound, constraints or default as a value (not
 * through the type parameter syntax, which hands over a function) answers
 * the annotationlib protocol with one of these: called with a format, it
 * returns the value, or for Format.STRING (4) the value as written in an
 * annotation. */
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/typing.h"
#include "runtime/err.h"
#include "runtime/gc.h"

enum { FORMAT_STRING = 4 };

typedef struct ConstEvaluator {
    Object ob;
    Object *value;
} ConstEvaluator;

Type ConstEvaluator_Type;

Object *ConstEvaluator_New(Object *value) {
    ConstEvaluator *e = (ConstEvaluator *)Obj_Alloc(&ConstEvaluator_Type, sizeof(ConstEvaluator));
    if (e) e->value = NEWREF(value);
    return (Object *)e;
}

static void consteval_dealloc(Object *o) {
    Gc_Untrack(o);
    CLEAR(((ConstEvaluator *)o)->value);
    Obj_Free(o);
}

static int consteval_traverse(Object *o, VisitFn visit, void *arg) {
    Object *v = ((ConstEvaluator *)o)->value;
    return v && visit(v, arg);
}

static int consteval_clear(Object *o) {
    CLEAR(((ConstEvaluator *)o)->value);
    return 0;
}

static Object *consteval_repr(Object *o) { return Str_FromFormat("<constevaluator %R>", ((ConstEvaluator *)o)->value); }

/* A tuple is written (a, b) with each item as in an annotation (no
 * trailing comma for one item); anything else as one argument. */
static Object *as_string(Object *value) {
    StrBuilder sb;
    SB_Init(&sb);
    int r = 0;
    if (Tuple_Check(value)) {
        r = SB_AppendChar(&sb, '(');
        for (ssize_t i = 0; r == 0 && i < TUPLE_LEN(value); i++)
            r = (i && SB_AppendASCII(&sb, ", ", 2) < 0) ? -1 : Typing_AppendArgRepr(&sb, TUPLE_GET(value, i));
        if (r == 0) r = SB_AppendChar(&sb, ')');
    } else {
        r = Typing_AppendArgRepr(&sb, value);
    }
    if (r < 0) {
        SB_Discard(&sb);
        return NULL;
    }
    return SB_Finish(&sb);
}

static Object *consteval_call(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    if (kwnames && TUPLE_LEN(kwnames)) {
        Err_SetString(Exc_TypeError, "constevaluator.__call__() takes no keyword arguments");
        return NULL;
    }
    if (nargs != 1) {
        Err_Format(Exc_TypeError, "constevaluator.__call__() takes exactly 1 argument (%zu given)", nargs);
        return NULL;
    }
    ssize_t format = Int_AsSsize(args[0]);
    if (format == -1 && Err_Occurred()) return NULL;
    Object *value = ((ConstEvaluator *)o)->value;
    return format == FORMAT_STRING ? as_string(value) : NEWREF(value);
}

Type ConstEvaluator_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type), .name = "_typing._ConstEvaluator", .basicsize = sizeof(ConstEvaluator),
    .flags = TPFLAG_GC, .dealloc = consteval_dealloc, .traverse = consteval_traverse, .clear = consteval_clear,
    .repr = consteval_repr, .call = consteval_call,
    .doc = "Internal type for implementing evaluation functions.",
};
