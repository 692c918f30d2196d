/* frame.f_locals of a function's frame: a write-through view of its
 * variables (PEP 667's FrameLocalsProxy).
 *
 * The proxy holds the frame object, never a copy.  A name that is one of the
 * code's variables (not a hidden one) reads and writes that variable's slot:
 * the live frame's while it runs or is suspended, the slots the frame object
 * kept once it ended; a cell or free variable through its cell.  Any other
 * key lives in the frame object's extra dict, shared by every proxy of the
 * frame and shown by locals() too.  Variables cannot be deleted.
 *
 * Keys come in slot order (bound variables only), then the extra keys in
 * the order they were added; operations that need a whole mapping (repr,
 * comparison, `|`, copy) work on a dict snapshot in that order. */
#include "abstract.h"
#include "frame.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/frameobj.h"
#include "objects/func.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/gc.h"

typedef struct FrameLocals {
    Object ob;
    FrameObject *fo; /* owned */
} FrameLocals;

#define PROXY_FRAME(o) (((FrameLocals *)(o))->fo)
#define IS_PROXY(o) (!IS_SMALL(o) && TYPE(o) == &FrameLocals_Type)

Object *FrameLocals_New(FrameObject *fo) {
    FrameLocals *p = (FrameLocals *)Obj_Alloc(&FrameLocals_Type, sizeof(FrameLocals));
    if (!p) return NULL;
    p->fo = (FrameObject *)NEWREF((Object *)fo);
    return (Object *)p;
}

/* ---- the variables ------------------------------------------------------------- */

/* The slots the proxy shows (NULL when the frame ended and kept none). */
static Object **frame_slots(FrameObject *fo) {
    return fo->frame ? fo->frame->localsplus : fo->vars;
}

static uint8_t slot_kind(const Code *co, int i) { return BYTES_DATA(co->localspluskinds)[i]; }

/* The slot key names, or -1: only str keys name variables, hidden ones never. */
static int slot_of(FrameObject *fo, Object *key) {
    Code *co = fo->code;
    if (!frame_slots(fo) || !Str_Check(key)) return -1;
    for (int i = 0; i < co->nlocalsplus; i++)
        if (!(slot_kind(co, i) & CO_FAST_HIDDEN) && Str_Eq(TUPLE_GET(co->localsplusnames, i), key)) return i;
    return -1;
}

/* The value of slot i, read through its cell; borrowed, NULL when unbound. */
static Object *slot_value(FrameObject *fo, int i) {
    Object *v = frame_slots(fo)[i];
    if (v && (slot_kind(fo->code, i) & (CO_FAST_CELL | CO_FAST_FREE)) && TYPE(v) == &Cell_Type)
        v = ((Cell *)v)->ref;
    return v;
}

static void slot_store(FrameObject *fo, int i, Object *value) {
    Object **slot = &frame_slots(fo)[i];
    if (*slot && (slot_kind(fo->code, i) & (CO_FAST_CELL | CO_FAST_FREE)) && TYPE(*slot) == &Cell_Type)
        slot = &((Cell *)*slot)->ref;
    SETREF(*slot, NEWREF(value));
}

Object *FrameObj_LocalsSnapshot(FrameObject *fo) {
    Object *d = Frame_VarsToDict(fo->code, frame_slots(fo));
    if (d && fo->extra_locals && Dict_Merge(d, fo->extra_locals, 1) < 0) CLEAR(d);
    return d;
}

static Object *snapshot(Object *proxy) { return FrameObj_LocalsSnapshot(PROXY_FRAME(proxy)); }

/* ---- mapping protocol --------------------------------------------------------- */

/* 1 and *out borrowed when key is there, 0 when not, -1 on error. */
static int proxy_lookup(FrameObject *fo, Object *key, Object **out) {
    int i = slot_of(fo, key);
    if (i >= 0) {
        *out = slot_value(fo, i);
        if (*out) return 1;
    }
    if (!fo->extra_locals) return 0;
    return Dict_Lookup(fo->extra_locals, key, out);
}

static Object *proxy_getitem(Object *o, Object *key) {
    Object *v;
    int r = proxy_lookup(PROXY_FRAME(o), key, &v);
    if (r > 0) return NEWREF(v);
    if (r == 0) {
        Object *text = Str_FromFormat("local variable '%R' is not defined", key);
        if (text) {
            Err_SetKeyError(text);
            DECREF(text);
        }
    }
    return NULL;
}

static int proxy_setitem(Object *o, Object *key, Object *value) {
    FrameObject *fo = PROXY_FRAME(o);
    int i = slot_of(fo, key);
    if (i >= 0) {
        if (!value) {
            Err_SetString(Exc_ValueError, "cannot remove local variables from FrameLocalsProxy");
            return -1;
        }
        slot_store(fo, i, value);
        return 0;
    }
    if (!value) {
        if (fo->extra_locals) return Dict_DelItem(fo->extra_locals, key);
        Err_SetKeyError(key);
        return -1;
    }
    if (!fo->extra_locals && !(fo->extra_locals = Dict_New())) return -1;
    return Dict_SetItem(fo->extra_locals, key, value);
}

static int proxy_contains(Object *o, Object *key) {
    Object *v;
    return proxy_lookup(PROXY_FRAME(o), key, &v);
}

/* The keys, in the proxy's order, as a new list. */
static Object *proxy_keys_list(FrameObject *fo) {
    Object *d = FrameObj_LocalsSnapshot(fo);
    if (!d) return NULL;
    Object *keys = Dict_Keys(d);
    DECREF(d);
    return keys;
}

static ssize_t proxy_len(Object *o) {
    FrameObject *fo = PROXY_FRAME(o);
    Object **slots = frame_slots(fo);
    ssize_t n = fo->extra_locals ? Dict_Len(fo->extra_locals) : 0;
    for (int i = 0; slots && i < fo->code->nlocalsplus; i++)
        if (!(slot_kind(fo->code, i) & CO_FAST_HIDDEN) && slot_value(fo, i)) n++;
    return n;
}

static Object *proxy_iter(Object *o) {
    Object *keys = proxy_keys_list(PROXY_FRAME(o));
    if (!keys) return NULL;
    Object *it = Obj_GetIter(keys);
    DECREF(keys);
    return it;
}

static Object *proxy_repr(Object *o) {
    int r = Repr_Enter(o);
    if (r != 0) return r > 0 ? Str_FromUTF8("{...}", -1) : NULL;
    Object *d = snapshot(o);
    Object *s = d ? Obj_Repr(d) : NULL;
    XDECREF(d);
    Repr_Leave(o);
    return s;
}

/* A proxy or a dict as a dict (new reference); NULL without an error for
 * anything else. */
static Object *as_dict(Object *o) {
    if (IS_PROXY(o)) return snapshot(o);
    if (Dict_Check(o)) return NEWREF(o);
    return NULL;
}

static Object *proxy_richcompare(Object *a, Object *b, int op) {
    if (op != CMP_EQ && op != CMP_NE) return NEWREF(OBJ_NOTIMPL);
    Object *da = as_dict(a);
    if (!da) return Err_Occurred() ? NULL : NEWREF(OBJ_NOTIMPL);
    Object *db = as_dict(b);
    if (!db) {
        DECREF(da);
        return Err_Occurred() ? NULL : NEWREF(OBJ_NOTIMPL);
    }
    Object *r = Obj_RichCompare(da, db, op);
    DECREF(da);
    DECREF(db);
    return r;
}

/* a | b: a new dict.  With the proxy on the left the other operand must be
 * a dict or a proxy; on the right, the left one is merged as any mapping
 * (a non-mapping fails as dict.update fails on it), as CPython does. */
static Object *proxy_or(Object *a, Object *b) {
    Object *result;
    if (IS_PROXY(a)) {
        if (!IS_PROXY(b) && !Dict_Check(b)) return NEWREF(OBJ_NOTIMPL);
        result = snapshot(a);
    } else {
        result = Dict_New();
        if (result && Dict_Merge(result, a, 1) < 0) CLEAR(result);
    }
    if (!result) return NULL;
    Object *other = as_dict(b);
    if (!other || Dict_Merge(result, other, 1) < 0) CLEAR(result);
    XDECREF(other);
    return result;
}

/* Writes every item of a dict or another proxy through this one. */
static int proxy_update_from(Object *self, Object *other, const char *what) {
    Object *d = as_dict(other);
    if (!d) {
        if (!Err_Occurred()) Err_Format(Exc_TypeError, "%s", what);
        return -1;
    }
    ssize_t pos = 0;
    Object *k, *v;
    int rc = 0;
    while (rc == 0 && Dict_Next(d, &pos, &k, &v)) rc = proxy_setitem(self, k, v);
    DECREF(d);
    return rc;
}

static Object *proxy_ior(Object *a, Object *b) {
    if (!IS_PROXY(b) && !Dict_Check(b)) return NEWREF(OBJ_NOTIMPL);
    if (proxy_update_from(a, b, "") < 0) return NULL;
    return NEWREF(a);
}

/* ---- methods --------------------------------------------------------------------- */

static Object *proxy_keys(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return proxy_keys_list(PROXY_FRAME(self));
}

static Object *proxy_values(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *d = snapshot(self);
    Object *r = d ? Dict_Values(d) : NULL;
    XDECREF(d);
    return r;
}

static Object *proxy_items(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *d = snapshot(self);
    Object *r = d ? Dict_Items(d) : NULL;
    XDECREF(d);
    return r;
}

static Object *proxy_copy(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return snapshot(self);
}

static Object *proxy_reversed(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *keys = proxy_keys_list(PROXY_FRAME(self));
    if (!keys) return NULL;
    Object *it = NULL;
    if (List_Reverse(keys) == 0) it = Obj_GetIter(keys);
    DECREF(keys);
    return it;
}

static Object *proxy_get(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *v;
    int r = proxy_lookup(PROXY_FRAME(self), args[0], &v);
    if (r < 0) return NULL;
    return NEWREF(r ? v : nargs > 1 ? args[1] : OBJ_NONE);
}

static Object *proxy_setdefault(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *v, *dflt = nargs > 1 ? args[1] : OBJ_NONE;
    int r = proxy_lookup(PROXY_FRAME(self), args[0], &v);
    if (r < 0) return NULL;
    if (r) return NEWREF(v);
    if (proxy_setitem(self, args[0], dflt) < 0) return NULL;
    return NEWREF(dflt);
}

static Object *proxy_pop(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    FrameObject *fo = PROXY_FRAME(self);
    Object *key = args[0];
    if (slot_of(fo, key) >= 0) {
        Err_SetString(Exc_ValueError, "cannot remove local variables from FrameLocalsProxy");
        return NULL;
    }
    Object *v = NULL;
    int r = fo->extra_locals ? Dict_Pop(fo->extra_locals, key, &v) : 0;
    if (r < 0) return NULL;
    if (r) return v;
    if (nargs > 1) return NEWREF(args[1]);
    Err_SetKeyError(key);
    return NULL;
}

static Object *proxy_update(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (proxy_update_from(self, args[0], "update() argument must be dict or another FrameLocalsProxy") < 0)
        return NULL;
    RETURN_NONE;
}

static Object *proxy_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    if (Arg_Check(FrameLocals_Type.args, "FrameLocalsProxy", args, nargs, kwnames) < 0) return NULL;
    if (IS_SMALL(args[0]) || TYPE(args[0]) != &Frame_Type) {
        Err_Format(Exc_TypeError, "expect frame, not %s", TYPE_NAME(args[0]));
        return NULL;
    }
    return FrameLocals_New((FrameObject *)args[0]);
}

static void proxy_dealloc(Object *o) {
    Gc_Untrack(o);
    CLEAR(((FrameLocals *)o)->fo);
    Obj_Free(o);
}

static int proxy_traverse(Object *o, VisitFn visit, void *arg) {
    Object *fo = (Object *)PROXY_FRAME(o);
    return fo ? visit(fo, arg) : 0;
}

static int proxy_clear(Object *o) {
    CLEAR(((FrameLocals *)o)->fo);
    return 0;
}

static const MethodDef proxy_methods[] = {
    {"__reversed__", proxy_reversed, 0, ARGS_F(ARG_NO_TEXT_SIG, "($self, /)", NULL)},
    {"copy", proxy_copy, 0, ARGS_F(ARG_NO_TEXT_SIG, "($self, /)", NULL)},
    {"keys", proxy_keys, 0, ARGS_F(ARG_NO_TEXT_SIG, "($self, /)", NULL)},
    {"values", proxy_values, 0, ARGS_F(ARG_NO_TEXT_SIG, "($self, /)", NULL)},
    {"items", proxy_items, 0, ARGS_F(ARG_NO_TEXT_SIG, "($self, /)", NULL)},
    {"get", proxy_get, 0,
     ARGS_NAMED("get expected 1 or 2 arguments", ARG_NO_TEXT_SIG | ARG_ONE_MESSAGE, "($self, key, default=None, /)",
                NULL)},
    {"pop", proxy_pop, 0, ARGS_NAMED("pop", ARG_NO_TEXT_SIG | ARG_COUNT_STYLE, "($self, key, default=<unrepresentable>, /)", NULL)},
    {"setdefault", proxy_setdefault, 0,
     ARGS_NAMED("setdefault expected 1 or 2 arguments", ARG_NO_TEXT_SIG | ARG_ONE_MESSAGE,
                "($self, key, default=None, /)", NULL)},
    {"update", proxy_update, 0, ARGS_F(ARG_NO_TEXT_SIG, "($self, other, /)", NULL)},
    {NULL, NULL, 0, NULL},
};

Type FrameLocals_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "FrameLocalsProxy",
    .args = ARGS_F(ARG_NO_TEXT_SIG, "(frame, /)", NULL),
    .basicsize = sizeof(FrameLocals),
    .flags = TPFLAG_GC,
    .dealloc = proxy_dealloc,
    .traverse = proxy_traverse,
    .clear = proxy_clear,
    .repr = proxy_repr,
    .hash = Obj_HashNotImplemented,
    .richcompare = proxy_richcompare,
    .iter = proxy_iter,
    .nb = {[NB_OR] = proxy_or},
    .nb_inplace = {[NB_OR] = proxy_ior},
    .len = proxy_len,
    .getitem = proxy_getitem,
    .setitem = proxy_setitem,
    .contains = proxy_contains,
    .new_ = proxy_new,
    .methods = proxy_methods,
};
