/* object's side of the pickling protocol: __reduce_ex__, __reduce__ and
 * __getstate__, which copy and pickle fall back on for any object whose
 * class says nothing else.
 *
 * Protocols 2 and up describe an object as "call cls.__new__ with these
 * arguments, then restore this state" (copyreg.__newobj__ or
 * __newobj_ex__); protocols 0 and 1 are left to copyreg._reduce_ex, in
 * Python, as CPython leaves them. */
#include "objects/reduce.h"
#include "abstract.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/import.h"

/* copyreg.<name>: a new reference, or NULL with the error set. */
static Object *copyreg_get(const char *name) {
    Object *mod = Import_ImportC("copyreg");
    if (!mod) return NULL;
    Object *v = Obj_GetAttrC(mod, name);
    DECREF(mod);
    return v;
}

static Object *cannot_pickle(Object *obj) {
    Err_Format(Exc_TypeError, "cannot pickle '%s' object", TYPE_NAME(obj));
    return NULL;
}

/* True when instances of t carry C fields beyond a plain object's, which
 * no state dictionary could restore: the nearest built-in type among its
 * bases is larger than object (what classes add, __dict__, __weakref__
 * and __slots__ members, is restorable). */
static bool has_native_fields(Type *t) {
    while (t->flags & TPFLAG_HEAPTYPE) t = t->base;
    return t->basicsize > Object_Type.basicsize;
}

/* The names of cls's __slots__ members, from copyreg._slotnames (which
 * caches them as cls.__slotnames__): a new list, or NULL with an error. */
static Object *slot_names(Type *cls) {
    Object *cached = Dict_GetStr(cls->dict, "__slotnames__");
    Object *names;
    if (cached) {
        names = NEWREF(cached);
    } else {
        Object *fn = copyreg_get("_slotnames");
        if (!fn) return NULL;
        names = Obj_CallOneArg(fn, (Object *)cls);
        DECREF(fn);
        if (!names) return NULL;
    }
    if (names != OBJ_NONE && !List_Check(names)) {
        DECREF(names);
        Err_SetString(Exc_TypeError, "copyreg._slotnames didn't return a list or None");
        return NULL;
    }
    return names;
}

/* {name: value} for the slot members of obj that are set; steals nothing. */
static Object *slot_values(Object *obj, Object *names) {
    Object *values = Dict_New();
    if (!values) return NULL;
    for (ssize_t i = 0; i < LIST_LEN(names); i++) {
        Object *name = LIST_GET(names, i), *v;
        int found = Obj_LookupAttr(obj, name, &v);
        if (found < 0 || (found && Dict_SetItem(values, name, v) < 0)) {
            if (found > 0) DECREF(v);
            DECREF(values);
            return NULL;
        }
        if (found) DECREF(v);
    }
    return values;
}

/* What object.__getstate__ gives: the instance dict (None when empty),
 * paired with a dict of the slot members when any is set.  `required`:
 * the state alone must rebuild the object (no __getnewargs__, not a list or
 * dict), so an object with C fields of its own cannot be described. */
static Object *default_state(Object *obj, bool required) {
    Object **dictp = Obj_DictPtr(obj);
    Object *state = dictp && *dictp && Dict_Len(*dictp) ? *dictp : OBJ_NONE;
    INCREF(state);
    Object *names = slot_names(TYPE(obj));
    if (!names) goto fail;
    if (required && has_native_fields(TYPE(obj))) {
        DECREF(names);
        cannot_pickle(obj);
        goto fail;
    }
    if (names != OBJ_NONE && LIST_LEN(names) > 0) {
        Object *slots = slot_values(obj, names);
        if (!slots) {
            DECREF(names);
            goto fail;
        }
        if (Dict_Len(slots) > 0) {
            Object *pair = Tuple_Pack(2, state, slots);
            DECREF(state);
            state = pair;
        }
        DECREF(slots);
    }
    DECREF(names);
    return state;
fail:
    DECREF(state);
    return NULL;
}

Object *Object_GetState(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return default_state(self, false);
}

/* obj.__getstate__(), taking the default path directly when it is
 * object's own method bound to obj. */
static Object *state_of(Object *obj, bool required) {
    Object *getstate = Obj_GetAttrC(obj, "__getstate__");
    if (!getstate) return NULL;
    if (TYPE(getstate) == &BuiltinFunction_Type && ((BuiltinFunction *)getstate)->def->fn == Object_GetState &&
        ((BuiltinFunction *)getstate)->self == obj) {
        DECREF(getstate);
        return default_state(obj, required);
    }
    Object *state = Obj_CallNoArgs(getstate);
    DECREF(getstate);
    return state;
}

Object *Object_PickleState(Object *obj) { return state_of(obj, false); }

/* (type(obj), args, obj's pickle state): the reduction of built-in
 * containers rebuilt by calling their class. Steals args. */
Object *Object_ReduceByCall(Object *obj, Object *args) {
    if (!args) return NULL;
    Object *state = state_of(obj, false);
    Object *r = state ? Tuple_Pack(3, (Object *)TYPE(obj), args, state) : NULL;
    XDECREF(state);
    DECREF(args);
    return r;
}

/* The arguments for cls.__new__: from __getnewargs_ex__ (args and kwargs)
 * or __getnewargs__ (args only); both left NULL when the class has
 * neither.  0, or -1 with the error set. */
static int new_arguments(Object *obj, Object **args, Object **kwargs) {
    Object *ex_name = ID(__getnewargs_ex__), *plain_name = ID(__getnewargs__);
    if (!ex_name || !plain_name) return -1;
    *args = *kwargs = NULL;
    bool found;
    Object *r = Obj_CallSpecial(obj, ex_name, NULL, 0, &found);
    if (found) {
        if (!r) return -1;
        const char *problem = NULL;
        if (!Tuple_Check(r)) {
            Err_Format(Exc_TypeError, "__getnewargs_ex__ should return a tuple, not '%s'", TYPE_NAME(r));
        } else if (TUPLE_LEN(r) != 2) {
            Err_Format(Exc_ValueError, "__getnewargs_ex__ should return a tuple of length 2, not %zd", TUPLE_LEN(r));
        } else if (!Tuple_Check(TUPLE_GET(r, 0))) {
            problem = "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'";
            Err_Format(Exc_TypeError, problem, TYPE_NAME(TUPLE_GET(r, 0)));
        } else if (!Dict_Check(TUPLE_GET(r, 1))) {
            problem = "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'";
            Err_Format(Exc_TypeError, problem, TYPE_NAME(TUPLE_GET(r, 1)));
        } else {
            *args = NEWREF(TUPLE_GET(r, 0));
            *kwargs = NEWREF(TUPLE_GET(r, 1));
        }
        DECREF(r);
        return *args ? 0 : -1;
    }
    if (Err_Occurred()) return -1;
    r = Obj_CallSpecial(obj, plain_name, NULL, 0, &found);
    if (!found) return Err_Occurred() ? -1 : 0;
    if (!r) return -1;
    if (!Tuple_Check(r)) {
        Err_Format(Exc_TypeError, "__getnewargs__ should return a tuple, not '%s'", TYPE_NAME(r));
        DECREF(r);
        return -1;
    }
    *args = r;
    return 0;
}

/* (callable, arguments) that make a bare instance of obj's class:
 * copyreg.__newobj__(cls, *args), or __newobj_ex__(cls, args, kwargs)
 * when there are keyword arguments.  Steals nothing. */
static int new_call(Object *obj, Object *args, Object *kwargs, Object **fn, Object **fnargs) {
    Object *cls = (Object *)TYPE(obj);
    if (kwargs && Dict_Len(kwargs) > 0) {
        *fn = copyreg_get("__newobj_ex__");
        *fnargs = *fn ? Tuple_Pack(3, cls, args ? args : Tuple_Empty(), kwargs) : NULL;
    } else {
        *fn = copyreg_get("__newobj__");
        ssize_t n = args ? TUPLE_LEN(args) : 0;
        *fnargs = *fn ? Tuple_New(n + 1) : NULL;
        if (*fnargs) {
            TUPLE_ITEMS(*fnargs)[0] = NEWREF(cls);
            for (ssize_t i = 0; i < n; i++) TUPLE_ITEMS(*fnargs)[i + 1] = NEWREF(TUPLE_GET(args, i));
        }
    }
    if (*fnargs) return 0;
    CLEAR(*fn);
    return -1;
}

/* iter(obj) for a list, iter(obj.items()) for a dict, else None. */
static Object *items_iterator(Object *obj, bool dict_items) {
    if (dict_items ? !Dict_Check(obj) : !List_Check(obj)) return NEWREF(OBJ_NONE);
    if (!dict_items) return Obj_GetIter(obj);
    Object *items = Obj_CallMethodC(obj, "items", NULL, 0);
    if (!items) return NULL;
    Object *it = Obj_GetIter(items);
    DECREF(items);
    return it;
}

/* The five-item reduction of protocols 2 and up. */
static Object *reduce_with_new(Object *obj) {
    if (!TYPE(obj)->new_) return cannot_pickle(obj);
    Object *args, *kwargs;
    if (new_arguments(obj, &args, &kwargs) < 0) return NULL;
    Object *fn = NULL, *fnargs = NULL, *state = NULL, *list_items = NULL, *dict_items = NULL, *result = NULL;
    bool required = !args && !List_Check(obj) && !Dict_Check(obj);
    if (new_call(obj, args, kwargs, &fn, &fnargs) < 0) goto done;
    if (!(state = state_of(obj, required))) goto done;
    if (!(list_items = items_iterator(obj, false))) goto done;
    if (!(dict_items = items_iterator(obj, true))) goto done;
    result = Tuple_Pack(5, fn, fnargs, state, list_items, dict_items);
done:
    XDECREF(args);
    XDECREF(kwargs);
    XDECREF(fn);
    XDECREF(fnargs);
    XDECREF(state);
    XDECREF(list_items);
    XDECREF(dict_items);
    return result;
}

static Object *reduce_for(Object *obj, int protocol) {
    if (protocol >= 2) return reduce_with_new(obj);
    Object *fn = copyreg_get("_reduce_ex");
    if (!fn) return NULL;
    Object *proto = Int_FromI64(protocol);
    Object *call_args[2] = {obj, proto};
    Object *r = proto ? Obj_Call(fn, call_args, 2, NULL) : NULL;
    XDECREF(proto);
    DECREF(fn);
    return r;
}

Object *Object_Reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return reduce_for(self, 0);
}

Object *Object_ReduceEx(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    int protocol;
    if (Arg_AsCInt(args[0], &protocol) < 0) return NULL;
    /* A class defining __reduce__ (object's own is not enough) decides. */
    Object *reduce_name = ID(__reduce__);
    if (!reduce_name) return NULL;
    Object *own = Type_Lookup(TYPE(self), reduce_name);
    Object *base = Dict_GetStr(Object_Type.dict, "__reduce__");
    if (own && own != base) return Obj_CallMethod(self, reduce_name, NULL, 0);
    return reduce_for(self, protocol);
}
