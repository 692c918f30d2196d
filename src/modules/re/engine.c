/* The _pcre module: a translated pattern compiled by PCRE2 (32-bit code
 * units, JIT when available), and one search primitive on which the re
 * package (lib/re/) builds Pattern and Match.
 *
 *   _pcre.compile(pattern, flags, error) -> engine
 *   engine.search(string, pos, endpos, mode) -> (start0, end0, start1, ...) or None
 *
 * mode: 0 search, 1 match (anchored at pos), 2 fullmatch (anchored at both
 * ends), plus 4 when an empty match at pos is not wanted (the next search
 * after an empty match, as CPython's finditer/sub/split make it).  Offsets
 * are code points (str) or bytes; a group that did not take part is -1. */
#define PCRE2_CODE_UNIT_WIDTH 32
#include "modules/re/re.h"
#include "abstract.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/mem.h"
#include <pcre2.h>

typedef struct Engine {
    Object ob;
    pcre2_code *code;
    pcre2_match_data *data;
    pcre2_match_context *mctx;
    pcre2_jit_stack *jit_stack;
    int groups, flags;
    bool bytes;
    Object *groupindex;
    Object *parents;     /* tuple: parents[g] is the group enclosing group g, 0 for none */
    /* the last subject, widened to 32-bit units (kept for finditer, sub,
     * split and findall, which search the same string again and again) */
    Object *subject;
    uint32_t *units;
    bool units_owned;
} Engine;

#define ENGINE(o) ((Engine *)(o))

static void forget_subject(Engine *e) {
    if (e->units_owned) Mem_Free(e->units);
    e->units = NULL;
    e->units_owned = false;
    CLEAR(e->subject);
}

static void engine_dealloc(Object *o) {
    Engine *e = ENGINE(o);
    forget_subject(e);
    if (e->data) pcre2_match_data_free(e->data);
    if (e->mctx) pcre2_match_context_free(e->mctx);
    if (e->jit_stack) pcre2_jit_stack_free(e->jit_stack);
    if (e->code) pcre2_code_free(e->code);
    XDECREF(e->groupindex);
    XDECREF(e->parents);
    Obj_Free(o);
}

static Type Engine_Type;

/* The subject as 32-bit units of length *n; NULL after raising.  *subject is
 * checked against the pattern's kind (CPython's TypeError texts). */
static const uint32_t *subject_units(Engine *e, Object *s, ssize_t *n) {
    if (e->subject == s) {
        *n = Str_Check(s) ? STR_LEN(s) : BYTES_LEN(s);
        return e->units;
    }
    const uint8_t *b;
    ssize_t blen;
    bool is_str = Str_Check(s);
    bool is_bytes = !is_str && Bytes_GetBuffer(s, &b, &blen);
    if (!e->bytes && !is_str) {
        if (is_bytes) Err_Format(Exc_TypeError, "cannot use a string pattern on a bytes-like object");
        else Err_Format(Exc_TypeError, "expected string or bytes-like object, got '%s'", TYPE_NAME(s));
        return NULL;
    }
    if (e->bytes && !is_bytes) {
        if (is_str) Err_Format(Exc_TypeError, "cannot use a bytes pattern on a string-like object");
        else Err_Format(Exc_TypeError, "expected string or bytes-like object, got '%s'", TYPE_NAME(s));
        return NULL;
    }
    forget_subject(e);
    ssize_t len = is_str ? STR_LEN(s) : blen;
    if (is_str && STR_KIND(s) == 4) {
        e->units = STR_DATA(s);
    } else {
        uint32_t *u = Mem_AllocUninit((size_t)(len ? len : 1) * sizeof *u);
        if (!u) return Err_NoMemory(), NULL;
        if (is_str) {
            if (STR_KIND(s) == 1)
                for (ssize_t k = 0; k < len; k++) u[k] = ((const uint8_t *)STR_DATA(s))[k];
            else
                for (ssize_t k = 0; k < len; k++) u[k] = ((const uint16_t *)STR_DATA(s))[k];
        } else {
            for (ssize_t k = 0; k < len; k++) u[k] = b[k];
        }
        e->units = u;
        e->units_owned = true;
    }
    /* a bytearray may change under us: only immutable subjects are kept */
    e->subject = NEWREF(s);
    *n = len;
    return e->units;
}

/* After a search of a mutable subject, drop it so the next one rereads it. */
static void release_mutable(Engine *e) {
    if (e->subject && !Str_CheckExact(e->subject) && TYPE(e->subject) != &Bytes_Type) forget_subject(e);
}

static Object *engine_search(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Engine *e = ENGINE(self);
    ssize_t pos = Int_AsSsize(args[1]);
    if (pos == -1 && Err_Occurred()) return NULL;
    ssize_t endpos = Int_AsSsize(args[2]);
    if (endpos == -1 && Err_Occurred()) return NULL;
    ssize_t mode = Int_AsSsize(args[3]);
    if (mode == -1 && Err_Occurred()) return NULL;
    ssize_t n;
    const uint32_t *units = subject_units(e, args[0], &n);
    if (!units) return NULL;
    if (endpos > n) endpos = n;
    if (pos < 0) pos = 0;
    if (pos > endpos) {
        release_mutable(e);
        return NEWREF(OBJ_NONE);
    }
    uint32_t opts = e->bytes ? 0 : PCRE2_NO_UTF_CHECK;
    if ((mode & 3) == 1) opts |= PCRE2_ANCHORED;
    if ((mode & 3) == 2) opts |= PCRE2_ANCHORED | PCRE2_ENDANCHORED;
    if (mode & 4) opts |= PCRE2_NOTEMPTY_ATSTART;
    int rc = pcre2_match(e->code, units, (PCRE2_SIZE)endpos, (PCRE2_SIZE)pos, opts, e->data, e->mctx);
    if (rc == PCRE2_ERROR_JIT_STACKLIMIT && !e->jit_stack) {
        e->jit_stack = pcre2_jit_stack_create(64 * 1024, 64 * 1024 * 1024, NULL);
        if (e->jit_stack) {
            pcre2_jit_stack_assign(e->mctx, NULL, e->jit_stack);
            rc = pcre2_match(e->code, units, (PCRE2_SIZE)endpos, (PCRE2_SIZE)pos, opts, e->data, e->mctx);
        }
    }
    release_mutable(e);
    if (rc == PCRE2_ERROR_NOMATCH) return NEWREF(OBJ_NONE);
    if (rc < 0) {
        if (rc == PCRE2_ERROR_NOMEMORY || rc == PCRE2_ERROR_HEAPLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT)
            return Err_NoMemory();
        PCRE2_UCHAR buf[128];
        char msg[128];
        pcre2_get_error_message(rc, buf, 128);
        size_t k = 0;
        for (; k + 1 < sizeof msg && buf[k]; k++) msg[k] = buf[k] < 128 ? (char)buf[k] : '?';
        msg[k] = 0;
        Err_Format(Exc_RuntimeError, "regular expression matching failed: %s", msg);
        return NULL;
    }
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(e->data);
    uint32_t count = pcre2_get_ovector_count(e->data);
    ssize_t ngroups = e->groups + 1;
    Object *t = Tuple_New(2 * ngroups);
    if (!t) return NULL;
    for (ssize_t g = 0; g < ngroups; g++) {
        ssize_t s = -1, f = -1;
        if ((uint32_t)g < count && (g < rc || g == 0) && ov[2 * g] != PCRE2_UNSET) {
            s = (ssize_t)ov[2 * g];
            f = (ssize_t)ov[2 * g + 1];
        }
        TUPLE_ITEMS(t)[2 * g] = Int_FromI64(s);
        TUPLE_ITEMS(t)[2 * g + 1] = Int_FromI64(f);
    }
    return t;
}

static Object *engine_get_groups(Object *o) { return Int_FromI64(ENGINE(o)->groups); }
static Object *engine_get_flags(Object *o) { return Int_FromI64(ENGINE(o)->flags); }
static Object *engine_get_groupindex(Object *o) { return NEWREF(ENGINE(o)->groupindex); }
static Object *engine_get_parents(Object *o) { return NEWREF(ENGINE(o)->parents); }

static const GetSetDef engine_getset[] = {
    {"groups", engine_get_groups, NULL, NULL},
    {"flags", engine_get_flags, NULL, NULL},
    {"groupindex", engine_get_groupindex, NULL, NULL},
    {"parents", engine_get_parents, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static const MethodDef engine_methods[] = {
    {"search", engine_search, 0, ARGS("($self, string, pos, endpos, mode, /)", "search string[pos:endpos]")},
    {NULL, NULL, 0, NULL},
};

static Type Engine_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "_pcre.engine",
    .basicsize = sizeof(Engine),
    .dealloc = engine_dealloc,
    .methods = engine_methods,
    .getset = engine_getset,
};

Type *const Pcre_Types[] = {&Engine_Type, NULL};

/* Compiles the translation t (consumed) into an engine. */
static Object *engine_new(ReTranslation *t, bool bytes, Object *pattern, Object *error_class) {
    uint32_t opts = bytes ? 0 : PCRE2_UTF | PCRE2_UCP | PCRE2_NO_UTF_CHECK;
    if (t->caseless) opts |= PCRE2_CASELESS;
    int errcode;
    PCRE2_SIZE erroff;
    pcre2_code *code = pcre2_compile(t->code, t->len, opts, &errcode, &erroff, NULL);
    if (!code) {
        /* a limit of PCRE2's that Python does not have (repeat counts over 65535, say) */
        PCRE2_UCHAR buf[160];
        pcre2_get_error_message(errcode, buf, 160);
        ssize_t k = 0;
        while (k < 159 && buf[k]) k++;
        Object *msg = Str_FromUCS4(buf, k);
        Object *args[3] = {msg, pattern, OBJ_NONE};
        Object *exc = msg ? Obj_Call(error_class, args, 3, NULL) : NULL;
        XDECREF(msg);
        if (exc) {
            Err_SetObject(TYPE(exc), exc);
            DECREF(exc);
        }
        Re_TranslationFree(t);
        return NULL;
    }
    pcre2_jit_compile(code, PCRE2_JIT_COMPLETE); /* failure only means the interpreter runs it */
    Engine *e = (Engine *)Obj_Alloc(&Engine_Type, sizeof(Engine));
    if (!e) {
        pcre2_code_free(code);
        Re_TranslationFree(t);
        return NULL;
    }
    e->code = code;
    e->data = pcre2_match_data_create_from_pattern(code, NULL);
    e->mctx = pcre2_match_context_create(NULL);
    e->groups = t->groups;
    e->flags = t->flags;
    e->bytes = bytes;
    e->groupindex = t->groupindex;
    t->groupindex = NULL;
    e->parents = Tuple_New(e->groups + 1);
    if (e->parents) {
        TUPLE_ITEMS(e->parents)[0] = Int_FromI64(0);
        for (int g = 1; g <= e->groups; g++) TUPLE_ITEMS(e->parents)[g] = Int_FromI64(t->parents[g]);
    }
    Re_TranslationFree(t);
    if (!e->data || !e->mctx || !e->parents) {
        DECREF((Object *)e);
        return Err_NoMemory();
    }
    /* Python's engine has no step limit: neither should a long search here */
    pcre2_set_match_limit(e->mctx, UINT32_MAX);
    pcre2_set_depth_limit(e->mctx, UINT32_MAX);
    pcre2_set_heap_limit(e->mctx, UINT32_MAX);
    return (Object *)e;
}

static Object *pcre_compile(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Object *pattern = args[0];
    const uint8_t *b;
    ssize_t n;
    bool bytes = !Str_Check(pattern);
    if (bytes && !Bytes_GetBuffer(pattern, &b, &n)) {
        Err_Format(Exc_TypeError, "first argument must be string or compiled pattern");
        return NULL;
    }
    ssize_t flags = Int_AsSsize(args[1]);
    if (flags == -1 && Err_Occurred()) return NULL;
    ReTranslation t;
    if (Re_Translate(pattern, (int)flags, args[2], &t) < 0) return NULL;
    return engine_new(&t, bytes, pattern, args[2]);
}

static const MethodDef pcre_functions[] = {
    {"compile", pcre_compile, 0,
     ARGS("($module, pattern, flags, error, /)", "translate and compile a Python regular expression")},
    {NULL, NULL, 0, NULL},
};

int Pcre_Init(Object *module) {
    if (Module_AddFunctions(module, pcre_functions) < 0) return -1;
    return Module_AddObjectSteal(module, "MAXREPEAT", Int_FromU64(RE_MAXREPEAT));
}
