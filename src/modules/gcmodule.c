/* The gc module: the interface to the cycle collector (runtime/gc.c).
 * cipy has one generation; the thresholds are kept to be shown, and the
 * first one, when 0, stops automatic collections as in CPython.  The
 * module's state (callbacks, settings) belongs to the interpreter. */
#include "abstract.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/gc.h"
#include "runtime/interp.h"

/* gc.DEBUG_* flags: kept for get_debug(); cipy prints no statistics. */
enum { DEBUG_STATS = 1, DEBUG_COLLECTABLE = 2, DEBUG_UNCOLLECTABLE = 4, DEBUG_SAVEALL = 32 };
static THREAD_LOCAL int64_t debug_flags;

static Object *gc_collect(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t generation = 2;
    if (nargs > 0 && args[0]) {
        generation = Int_AsSsize(args[0]);
        if (generation == -1 && Err_Occurred()) return NULL;
        if (generation < 0 || generation > 2) {
            Err_SetString(Exc_ValueError, "invalid generation");
            return NULL;
        }
    }
    return Int_FromI64(Gc_CollectGeneration((int)generation));
}

static Object *gc_enable(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    g_interp->gc_disabled = false;
    RETURN_NONE;
}

static Object *gc_disable(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    g_interp->gc_disabled = true;
    RETURN_NONE;
}

static Object *gc_isenabled(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    RETURN_BOOL(!g_interp->gc_disabled);
}

static Object *gc_get_count(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Interp *in = g_interp;
    ssize_t young = in->gc_count > in->gc_threshold - in->gc_thresholds[0] ? 0 : in->gc_count;
    return Tuple_Pack(3, SMALL_FROM(young), SMALL_FROM(0), SMALL_FROM(0));
}

static Object *gc_get_threshold(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int *t = g_interp->gc_thresholds;
    return Tuple_Pack(3, SMALL_FROM(t[0]), SMALL_FROM(t[1]), SMALL_FROM(t[2]));
}

static Object *gc_set_threshold(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    if (KW_COUNT(kwnames)) {
        Err_SetString(Exc_TypeError, "set_threshold() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 1 || nargs > 3) {
        Err_SetString(Exc_TypeError, "gc.set_threshold requires 1 to 3 arguments");
        return NULL;
    }
    int values[3];
    for (size_t i = 0; i < nargs; i++) {
        int64_t v;
        if (Int_AsI64(args[i], &v) < 0) return NULL;
        if (v < INT32_MIN || v > INT32_MAX) {
            Err_SetString(Exc_OverflowError, v < 0 ? "signed integer is less than minimum"
                                                   : "signed integer is greater than maximum");
            return NULL;
        }
        values[i] = (int)v;
    }
    for (size_t i = 0; i < nargs; i++) g_interp->gc_thresholds[i] = values[i];
    RETURN_NONE;
}

static Object *gc_get_debug(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return SMALL_FROM(debug_flags);
}

static Object *gc_set_debug(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int64_t flags;
    if (Int_AsI64(args[0], &flags) < 0) return NULL;
    debug_flags = flags;
    RETURN_NONE;
}

static Object *gc_is_tracked(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Object *o = args[0];
    RETURN_BOOL(!IS_SMALL(o) && (o->type->flags & TPFLAG_GC) && o->refcnt >= 0 && Gc_IsTracked(o));
}

static Object *gc_is_finalized(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Object *o = args[0];
    RETURN_BOOL(!IS_SMALL(o) && (o->type->flags & TPFLAG_GC) && GC_HEAD(o)->finalized);
}

static int append_referent(Object *o, void *list) { return List_Append(list, o) < 0 ? -1 : 0; }

static Object *gc_get_referents(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Object *list = List_New(0);
    for (size_t i = 0; list && i < nargs; i++) {
        Object *o = args[i];
        if (IS_SMALL(o) || !(o->type->flags & TPFLAG_GC) || !o->type->traverse) continue;
        if (o->type->traverse(o, append_referent, list)) CLEAR(list);
    }
    return list;
}

typedef struct {
    Object *const *targets;
    size_t ntargets;
    bool found;
} ReferrerSearch;

static int visit_find(Object *o, void *arg) {
    ReferrerSearch *s = arg;
    for (size_t i = 0; i < s->ntargets; i++)
        if (o == s->targets[i]) s->found = true;
    return s->found;
}

/* Every tracked object (besides the list being built): the referrers of
 * targets among them, or all of them when targets is NULL. */
static Object *tracked_objects(Object *const *targets, size_t ntargets) {
    Object *list = List_New(0);
    if (!list) return NULL;
    GcHead *all = &g_interp->gc_list;
    for (GcHead *h = all->next; h != all; h = h->next) {
        Object *o = GC_OBJ(h);
        if (o == list) continue;
        if (targets) {
            ReferrerSearch s = {targets, ntargets, false};
            if (!o->type->traverse || (o->type->traverse(o, visit_find, &s), !s.found)) continue;
        }
        if (List_Append(list, o) < 0) {
            DECREF(list);
            return NULL;
        }
    }
    return list;
}

static Object *gc_get_referrers(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return tracked_objects(args, nargs);
}

static Object *gc_get_objects(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    if (nargs > 0 && args[0] && args[0] != OBJ_NONE) {
        ssize_t generation = Int_AsSsize(args[0]);
        if (generation == -1 && Err_Occurred()) return NULL;
        if (generation < 0) {
            Err_SetString(Exc_ValueError, "generation parameter must be greater than or equal to 0");
            return NULL;
        }
        if (generation > 2) {
            Err_SetString(Exc_ValueError, "generation parameter must be less than the number of available generations (3)");
            return NULL;
        }
    }
    return tracked_objects(NULL, 0);
}

static Object *gc_get_stats(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Object *list = List_New(0);
    for (int gen = 0; list && gen < 3; gen++) {
        Object *d = Dict_New();
        bool full = gen == 2;
        if (!d || Dict_SetStr(d, "collections", SMALL_FROM(full ? g_interp->gc_collections : 0)) < 0 ||
            Dict_SetStr(d, "collected", SMALL_FROM(full ? g_interp->gc_collected : 0)) < 0 ||
            Dict_SetStr(d, "uncollectable", SMALL_FROM(0)) < 0 || List_Append(list, d) < 0)
            CLEAR(list);
        XDECREF(d);
    }
    return list;
}

static Object *gc_freeze(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Gc_Freeze();
    RETURN_NONE;
}

static Object *gc_unfreeze(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Gc_Unfreeze();
    RETURN_NONE;
}

static Object *gc_get_freeze_count(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return Int_FromI64(Gc_FrozenCount());
}

static const MethodDef gc_functions[] = {
    {"collect", gc_collect, 0,
     ARGS("($module, /, generation=2)",
          "Run the garbage collector.\n\n"
          "With no arguments, run a full collection.  The optional argument\n"
          "may be an integer specifying which generation to collect.  A ValueError\n"
          "is raised if the generation number is invalid.\n\n"
          "The number of unreachable objects is returned.")},
    {"enable", gc_enable, 0, ARGS("($module, /)", "Enable automatic garbage collection.")},
    {"disable", gc_disable, 0, ARGS("($module, /)", "Disable automatic garbage collection.")},
    {"isenabled", gc_isenabled, 0, ARGS("($module, /)", "Returns true if automatic garbage collection is enabled.")},
    {"get_count", gc_get_count, 0, ARGS("($module, /)", "Return a three-tuple of the current collection counts.")},
    {"get_threshold", gc_get_threshold, 0, ARGS("($module, /)", "Return the current collection thresholds.")},
    {"set_threshold", gc_set_threshold, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_UNCHECKED, "($module, *args, **kwargs)",
            "set_threshold(threshold0, [threshold1, [threshold2]])\n"
            "Set the collection thresholds (the collection frequency).\n\n"
            "Setting 'threshold0' to zero disables collection.")},
    {"get_debug", gc_get_debug, 0, ARGS("($module, /)", "Get the garbage collection debugging flags.")},
    {"set_debug", gc_set_debug, 0,
     ARGS("($module, flags, /)", "Set the garbage collection debugging flags.\n\n"
                                 "  flags\n"
                                 "    An integer that can have the following bits turned on:\n"
                                 "      DEBUG_STATS - Print statistics during collection.\n"
                                 "      DEBUG_COLLECTABLE - Print collectable objects found.\n"
                                 "      DEBUG_UNCOLLECTABLE - Print unreachable but uncollectable objects\n"
                                 "        found.\n"
                                 "      DEBUG_SAVEALL - Save objects to gc.garbage rather than freeing them.\n"
                                 "      DEBUG_LEAK - Debug leaking programs (everything but STATS).\n\n"
                                 "Debugging information is written to sys.stderr.")},
    {"is_tracked", gc_is_tracked, 0,
     ARGS("($module, obj, /)", "Returns true if the object is tracked by the garbage collector.\n\n"
                               "Simple atomic objects will return false.")},
    {"is_finalized", gc_is_finalized, 0,
     ARGS("($module, obj, /)", "Returns true if the object has been already finalized by the GC.")},
    {"get_referents", gc_get_referents, 0,
     ARGS("($module, /, *objs)", "Return the list of objects that are directly referred to by 'objs'.")},
    {"get_referrers", gc_get_referrers, 0,
     ARGS("($module, /, *objs)", "Return the list of objects that directly refer to any of 'objs'.")},
    {"get_objects", gc_get_objects, 0,
     ARGS("($module, /, generation=None)",
          "Return a list of objects tracked by the collector (excluding the list returned).\n\n"
          "  generation\n"
          "    Generation to extract the objects from.\n\n"
          "If generation is not None, return only the objects tracked by the\n"
          "collector that are in that generation.")},
    {"get_stats", gc_get_stats, 0,
     ARGS("($module, /)", "Return a list of dictionaries containing per-generation statistics.")},
    {"freeze", gc_freeze, 0,
     ARGS("($module, /)", "Freeze all current tracked objects and ignore them for future collections.\n\n"
                          "This can be used before a POSIX fork() call to make the gc copy-on-write\n"
                          "friendly.\n"
                          "Note: collection before a POSIX fork() call may free pages for future\n"
                          "allocation which can cause copy-on-write.")},
    {"unfreeze", gc_unfreeze, 0,
     ARGS("($module, /)", "Unfreeze all objects in the permanent generation.\n\n"
                          "Put all objects in the permanent generation back into oldest generation.")},
    {"get_freeze_count", gc_get_freeze_count, 0,
     ARGS("($module, /)", "Return the number of objects in the permanent generation.")},
    {NULL, NULL, 0, NULL},
};

int Gc_ModuleInit(Object *module) {
    if (Module_AddFunctions(module, gc_functions) < 0) return -1;
    if (!g_interp->gc_callbacks && !(g_interp->gc_callbacks = List_New(0))) return -1;
    if (Module_AddObject(module, "callbacks", g_interp->gc_callbacks) < 0) return -1;
    if (Module_AddObjectSteal(module, "garbage", List_New(0)) < 0) return -1;
    static const struct { const char *name; int value; } flags[] = {
        {"DEBUG_STATS", DEBUG_STATS}, {"DEBUG_COLLECTABLE", DEBUG_COLLECTABLE},
        {"DEBUG_UNCOLLECTABLE", DEBUG_UNCOLLECTABLE}, {"DEBUG_SAVEALL", DEBUG_SAVEALL},
        {"DEBUG_LEAK", DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL},
    };
    for (size_t i = 0; i < sizeof flags / sizeof *flags; i++)
        if (Module_AddObject(module, flags[i].name, SMALL_FROM(flags[i].value)) < 0) return -1;
    return Module_AddObjectSteal(
        module, "__doc__",
        Str_FromUTF8("This module provides access to the garbage collector for reference cycles.\n\n"
                     "enable() -- Enable automatic garbage collection.\n"
                     "disable() -- Disable automatic garbage collection.\n"
                     "isenabled() -- Returns true if automatic collection is enabled.\n"
                     "collect() -- Do a full collection right now.\n"
                     "get_count() -- Return the current collection counts.\n"
                     "get_stats() -- Return list of dictionaries containing per-generation stats.\n"
                     "set_debug() -- Set debugging flags.\n"
                     "get_debug() -- Get debugging flags.\n"
                     "set_threshold() -- Set the collection thresholds.\n"
                     "get_threshold() -- Return the current collection thresholds.\n"
                     "get_objects() -- Return a list of all objects tracked by the collector.\n"
                     "is_tracked() -- Returns true if a given object is tracked.\n"
                     "is_finalized() -- Returns true if a given object has been already finalized.\n"
                     "get_referrers() -- Return the list of objects that refer to an object.\n"
                     "get_referents() -- Return the list of objects that an object refers to.\n"
                     "freeze() -- Freeze all tracked objects and ignore them for future collections.\n"
                     "unfreeze() -- Unfreeze all objects in the permanent generation.\n"
                     "get_freeze_count() -- Return the number of objects in the permanent generation.\n",
                     -1));
}
