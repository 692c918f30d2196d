/* Struct sequences (see structseq.h).  An instance is a Tuple whose len is
 * the number of sequence items, allocated with room for every field: the
 * attribute-only fields follow the items, where the tuple code never looks. */
#include "objects/structseq.h"
#include "abstract.h"
#include "class.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include <stdlib.h>
#include <string.h>

const char StructSeq_UnnamedField[] = "unnamed field";

#define SEQ_TYPE(o) ((StructSeqType *)TYPE(o))

static bool is_named(const StructSeqField *f) { return f->name != StructSeq_UnnamedField; }

/* The k-th named field (CPython numbers a struct sequence's attributes so,
 * and its repr and pickling pair them with items by that number). */
static const StructSeqField *named_field(const StructSeqType *t, ssize_t k) {
    for (const StructSeqField *f = t->fields; f->name; f++)
        if (is_named(f) && k-- == 0) return f;
    return NULL;
}

static Object *alloc_instance(StructSeqType *t) {
    Tuple *o = (Tuple *)Obj_Alloc(&t->type, sizeof(Tuple) + (size_t)t->n_fields * sizeof(Object *));
    if (o) o->len = t->n_in_sequence;
    return (Object *)o;
}

Object *StructSeq_New(StructSeqType *t, Object **items) {
    ssize_t n = t->n_fields;
    bool ok = true;
    for (ssize_t i = 0; i < n; i++) ok &= items[i] != NULL;
    Object *o = ok ? alloc_instance(t) : NULL;
    if (o) {
        memcpy(TUPLE_ITEMS(o), items, (size_t)n * sizeof(Object *));
    } else {
        for (ssize_t i = 0; i < n; i++) XDECREF(items[i]);
    }
    return o;
}

void StructSeq_Dealloc(Object *o) {
    for (ssize_t i = 0; i < SEQ_TYPE(o)->n_fields; i++) CLEAR(TUPLE_ITEMS(o)[i]);
    Obj_Free(o);
}

int StructSeq_Traverse(Object *o, VisitFn visit, void *arg) {
    for (ssize_t i = 0; i < SEQ_TYPE(o)->n_fields; i++)
        if (TUPLE_GET(o, i) && visit(TUPLE_GET(o, i), arg)) return 1;
    return 0;
}

/* time.struct_time(tm_year=1970, ...): the items with the names of the
 * named fields in order. */
Object *StructSeq_Repr(Object *o) {
    StructSeqType *t = SEQ_TYPE(o);
    StrBuilder sb;
    SB_Init(&sb);
    int r = SB_AppendUTF8(&sb, t->type.name, -1) < 0 || SB_AppendChar(&sb, '(') < 0 ? -1 : 0;
    for (ssize_t i = 0; r == 0 && i < TUPLE_LEN(o); i++) {
        const StructSeqField *f = named_field(t, i);
        if ((i && SB_AppendASCII(&sb, ", ", 2) < 0) || SB_AppendUTF8(&sb, f ? f->name : "?", -1) < 0 ||
            SB_AppendChar(&sb, '=') < 0 || SB_AppendRepr(&sb, TUPLE_GET(o, i)) < 0)
            r = -1;
    }
    if (r < 0 || SB_AppendChar(&sb, ')') < 0) {
        SB_Discard(&sb);
        return NULL;
    }
    return SB_Finish(&sb);
}

/* ---- construction from Python ----------------------------------------------- */

/* The items of a sequence argument as a new list or tuple; TypeError
 * "constructor requires a sequence" when it cannot be iterated. */
static Object *sequence_items(Object *arg) {
    if (List_CheckExact(arg) || Tuple_CheckExact(arg)) return NEWREF(arg);
    Object *it = Obj_GetIter(arg);
    if (!it) {
        if (Err_Matches(Exc_TypeError)) {
            Err_Clear();
            Err_SetString(Exc_TypeError, "constructor requires a sequence");
        }
        return NULL;
    }
    Object *l = List_FromIterable(it);
    DECREF(it);
    return l;
}

static int check_length(StructSeqType *t, ssize_t len) {
    ssize_t min = t->n_in_sequence, max = t->n_fields;
    if (len >= min && len <= max) return 0;
    if (min == max)
        Err_Format(Exc_TypeError, "%s() takes a %zd-sequence (%zd-sequence given)", t->type.name, min, len);
    else
        Err_Format(Exc_TypeError, "%s() takes an at %s %zd-sequence (%zd-sequence given)", t->type.name,
                   len < min ? "least" : "most", len < min ? min : max, len);
    return -1;
}

/* Fills items from seq, then the fields past it from dict by name (None
 * where absent).  Every key of dict must be used. */
static int fill_items(StructSeqType *t, Object *seq, Object *dict, Object **items) {
    ssize_t len = List_Check(seq) ? LIST_LEN(seq) : TUPLE_LEN(seq);
    Object *const *src = List_Check(seq) ? ((List *)seq)->items : TUPLE_ITEMS(seq);
    ssize_t used = 0;
    for (ssize_t i = 0; i < t->n_fields; i++) {
        Object *v = NULL;
        if (i < len) {
            v = src[i];
        } else if (dict) {
            const StructSeqField *f = named_field(t, i - t->n_unnamed);
            Object *name = f ? Str_FromUTF8(f->name, -1) : NULL;
            int r = name ? Dict_Lookup(dict, name, &v) : 0;
            XDECREF(name);
            if (r < 0 || (f && !name)) return -1;
            used += r;
        }
        items[i] = NEWREF(v ? v : OBJ_NONE);
    }
    if (dict && Dict_Len(dict) > used) {
        Err_Format(Exc_TypeError, "%s() got duplicate or unexpected field name(s)", t->type.name);
        return -1;
    }
    return 0;
}

/* type(sequence, dict=None): the items, then the other fields by name. */
Object *StructSeq_TypeNew(Type *type, Object *const *args, size_t nargs, Object *kwnames) {
    static ArgSpec spec = {.sig = "(sequence, dict=None)", .flags = ARG_NO_TEXT_SIG};
    StructSeqType *t = (StructSeqType *)type;
    Object *a[2];
    if (Arg_Unpack(&spec, "structseq", args, nargs, kwnames, a) < 0) return NULL;
    Object *seq = sequence_items(a[0]);
    if (!seq) return NULL;
    Object *dict = a[1];
    if (dict && !Dict_Check(dict)) {
        Err_Format(Exc_TypeError, "%s() takes a dict as second arg, if any", t->type.name);
        DECREF(seq);
        return NULL;
    }
    Object *r = NULL;
    Object **items = calloc((size_t)t->n_fields, sizeof(Object *));
    if (!items) {
        Err_NoMemory();
    } else if (check_length(t, List_Check(seq) ? LIST_LEN(seq) : TUPLE_LEN(seq)) == 0 &&
               fill_items(t, seq, dict, items) == 0) {
        r = StructSeq_New(t, items);
    } else {
        for (ssize_t i = 0; i < t->n_fields; i++) XDECREF(items[i]);
    }
    free(items);
    DECREF(seq);
    return r;
}

/* ---- methods ------------------------------------------------------------------- */

/* (type, (items, {attribute-only field: value})) */
static Object *structseq_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    StructSeqType *t = SEQ_TYPE(self);
    Object *items = Tuple_FromArray(TUPLE_ITEMS(self), TUPLE_LEN(self)), *rest = Dict_New(), *r = NULL;
    if (!items || !rest) goto done;
    for (ssize_t i = t->n_in_sequence; i < t->n_fields; i++) {
        const StructSeqField *f = named_field(t, i - t->n_unnamed);
        if (f && Dict_SetStr(rest, f->name, TUPLE_GET(self, i)) < 0) goto done;
    }
    Object *state = Tuple_Pack(2, items, rest);
    if (state) r = Tuple_Pack(2, (Object *)t, state);
    XDECREF(state);
done:
    XDECREF(items);
    XDECREF(rest);
    return r;
}

/* __replace__(**changes): a copy with the named fields given replaced. */
static Object *structseq_replace(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    StructSeqType *t = SEQ_TYPE(self);
    if (t->n_unnamed > 0) {
        Err_Format(Exc_TypeError, "__replace__() is not supported for %s because it has unnamed field(s)",
                   t->type.name);
        return NULL;
    }
    ssize_t nkw = KW_COUNT(kwnames);
    bool *taken = calloc((size_t)nkw + 1, sizeof(bool));
    Object *r = taken ? alloc_instance(t) : Err_NoMemory();
    for (ssize_t i = 0; r && i < t->n_fields; i++) {
        Object *v = TUPLE_GET(self, i);
        for (ssize_t k = 0; k < nkw; k++) {
            if (Str_EqC(TUPLE_GET(kwnames, k), t->fields[i].name)) {
                v = args[k];
                taken[k] = true;
            }
        }
        TUPLE_ITEMS(r)[i] = NEWREF(v);
    }
    Object *unexpected = r ? List_New(0) : NULL;
    for (ssize_t k = 0; unexpected && k < nkw; k++)
        if (!taken[k] && List_Append(unexpected, TUPLE_GET(kwnames, k)) < 0) CLEAR(unexpected);
    if (unexpected && LIST_LEN(unexpected) > 0) Err_Format(Exc_TypeError, "Got unexpected field name(s): %R", unexpected);
    if (!unexpected || LIST_LEN(unexpected) > 0) CLEAR(r);
    XDECREF(unexpected);
    free(taken);
    return r;
}

const MethodDef StructSeq_Methods[] = {
    {"__reduce__", structseq_reduce, 0, ARGS("($self, /)", NULL)},
    {"__replace__", structseq_replace, 0,
     ARGS("($self, /, **changes)", "Return a copy of the structure with new values for the specified fields.")},
    {NULL, NULL, 0, NULL},
};

/* ---- readying a type ------------------------------------------------------------- */

static int set_type_attr(Type *t, const char *name, Object *v) {
    if (!v) return -1;
    int r = Dict_SetStr(t->dict, name, v);
    DECREF(v);
    return r;
}

int StructSeq_Ready(StructSeqType *t) {
    if (t->n_fields) return 0; /* done */
    if (Type_Ready(&t->type) < 0) return -1;
    if (!t->creatable) t->type.new_ = NULL; /* not tuple's, inherited: "cannot create" */
    t->n_fields = t->n_unnamed = 0;
    Object *match_args = List_New(0);
    if (!match_args) return -1;
    for (const StructSeqField *f = t->fields; f->name; f++, t->n_fields++) {
        if (!is_named(f)) {
            t->n_unnamed++;
            continue;
        }
        Object *name = Str_InternC(f->name);
        ssize_t offset = (ssize_t)(offsetof(Tuple, items) + (size_t)t->n_fields * sizeof(Object *));
        Object *m = name ? MemberDescr_New(&t->type, name, offset, f->doc, true) : NULL;
        if (!m || Dict_SetItem(t->type.dict, name, m) < 0 ||
            (t->n_fields < t->n_in_sequence && List_Append(match_args, name) < 0)) {
            XDECREF(m);
            DECREF(match_args);
            return -1;
        }
        DECREF(m);
    }
    if (set_type_attr(&t->type, "__match_args__", List_AsTuple(match_args)) < 0 ||
        set_type_attr(&t->type, "n_sequence_fields", Int_FromI64(t->n_in_sequence)) < 0 ||
        set_type_attr(&t->type, "n_fields", Int_FromI64(t->n_fields)) < 0 ||
        set_type_attr(&t->type, "n_unnamed_fields", Int_FromI64(t->n_unnamed)) < 0 ||
        /* CPython makes the creatable ones (a module's types) as heap types */
        (t->creatable && set_type_attr(&t->type, "__module__", NEWREF(t->type.module)) < 0)) {
        DECREF(match_args);
        return -1;
    }
    DECREF(match_args);
    return 0;
}
