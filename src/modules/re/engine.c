/* The _pcre module: a translated pattern compiled by PCRE2 (32-bit code
 * units, JIT when available), and one search primitive on which the re
 * package (lib/re/) builds Pattern and Match.
 *
 *   _pcre.compile(pattern, flags, error, warnings) -> engine
 *   engine.search(string, pos, endpos, mode) -> (start0, end0, start1, ...) or None
 *
 * mode: 0 search, 1 match (anchored at pos), 2 fullmatch (anchored at both
 * ends), plus 4 when an empty match at pos is not wanted (the next search
 * after an empty match, as CPython's finditer/sub/split make it).  Offsets
 * are code points (str) or bytes; a group that did not take part is -1. */
#include "modules/re/engine.h"
#include "abstract.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/mem.h"

#define ENGINE(o) ((Engine *)(o))

static void engine_dealloc(Object *o) {
    Engine *e = ENGINE(o);
    if (e->data) pcre2_match_data_free(e->data);
    if (e->mctx) pcre2_match_context_free(e->mctx);
    if (e->jit_stack) pcre2_jit_stack_free(e->jit_stack);
    if (e->code) pcre2_code_free(e->code);
    XDECREF(e->groupindex);
    XDECREF(e->parents);
    Mem_Free(e->ahead);
    Obj_Free(o);
}

static Type Engine_Type;

int Engine_Exec(Engine *e, const Subject *s, ssize_t pos, ssize_t endpos, int mode, ssize_t *spans) {
    if (endpos > s->len) endpos = s->len;
    if (endpos < 0) endpos = 0;
    if (pos < 0) pos = 0;
    if (pos > s->len) pos = s->len; /* as CPython: a start past the end searches at the end */
    if (pos > endpos) return 0;
    uint32_t opts = e->bytes ? 0 : PCRE2_NO_UTF_CHECK;
    if ((mode & 3) == 1) opts |= PCRE2_ANCHORED;
    if ((mode & 3) == 2) opts |= PCRE2_ANCHORED | PCRE2_ENDANCHORED;
    if (mode & 4) opts |= PCRE2_NOTEMPTY_ATSTART;
    int rc = pcre2_match(e->code, s->units, (PCRE2_SIZE)endpos, (PCRE2_SIZE)pos, opts, e->data, e->mctx);
    if (rc == PCRE2_ERROR_JIT_STACKLIMIT && !e->jit_stack) {
        e->jit_stack = pcre2_jit_stack_create(64 * 1024, 64 * 1024 * 1024, NULL);
        if (e->jit_stack) {
            pcre2_jit_stack_assign(e->mctx, NULL, e->jit_stack);
            rc = pcre2_match(e->code, s->units, (PCRE2_SIZE)endpos, (PCRE2_SIZE)pos, opts, e->data, e->mctx);
        }
    }
    if (rc == PCRE2_ERROR_NOMATCH) return 0;
    if (rc < 0) {
        if (rc == PCRE2_ERROR_NOMEMORY || rc == PCRE2_ERROR_HEAPLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT)
            return Err_NoMemory(), -1;
        PCRE2_UCHAR buf[128];
        char msg[128];
        pcre2_get_error_message(rc, buf, 128);
        size_t k = 0;
        for (; k + 1 < sizeof msg && buf[k]; k++) msg[k] = buf[k] < 128 ? (char)buf[k] : '?';
        msg[k] = 0;
        Err_Format(Exc_RuntimeError, "regular expression matching failed: %s", msg);
        return -1;
    }
    /* copied out at once: Python code run later may search again */
    const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(e->data);
    uint32_t count = pcre2_get_ovector_count(e->data);
    for (int g = 0; g <= e->groups; g++) {
        bool set = (uint32_t)g < count && ov[2 * g] != PCRE2_UNSET;
        spans[2 * g] = set ? (ssize_t)ov[2 * g] : -1;
        spans[2 * g + 1] = set ? (ssize_t)ov[2 * g + 1] : -1;
    }
    return 1;
}

Object *Engine_Slice(const Engine *e, const Subject *s, ssize_t a, ssize_t b) {
    if (!e->bytes) return Str_Substring(s->obj, a, b);
    const uint8_t *data;
    ssize_t n;
    Bytes_GetBuffer(s->obj, &data, &n);
    if (b > n) b = n;
    if (a > b) a = b;
    return Bytes_From(data + a, b - a);
}

/* Room for the spans of a match: 2 * (groups + 1) entries. */
ssize_t *Engine_NewSpans(const Engine *e) {
    ssize_t *spans = Mem_AllocUninit(2 * ((size_t)e->groups + 1) * sizeof *spans);
    if (!spans) Err_NoMemory();
    return spans;
}

/* Integer arguments args[from..from+n) into v; -1 after raising. */
static int ssize_args(Object *const *args, int from, int n, ssize_t *v) {
    for (int k = 0; k < n; k++) {
        v[k] = Int_AsSsize(args[from + k]);
        if (v[k] == -1 && Err_Occurred()) return -1;
    }
    return 0;
}

/* search(pattern, string, pos, endpos, mode): a re.Match (of pattern) or None. */
static Object *engine_search(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Engine *e = ENGINE(self);
    ssize_t v[3];
    if (ssize_args(args, 2, 3, v) < 0) return NULL;
    ssize_t *spans = Engine_NewSpans(e);
    if (!spans) return NULL;
    Subject s;
    if (Engine_TakeSubject(e, args[1], &s) < 0) {
        Mem_Free(spans);
        return NULL;
    }
    ssize_t len = s.len;
    int r = Engine_Exec(e, &s, v[0], v[1], (int)v[2], spans);
    Engine_GiveSubject(&s);
    Object *m = r < 0 ? NULL : r == 0 ? NEWREF(OBJ_NONE) : Match_New(e, args[0], args[1], v[0], v[1], len, spans);
    Mem_Free(spans);
    return m;
}

static Object *engine_scanner(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t v[2];
    return ssize_args(args, 2, 2, v) < 0 ? NULL : Scanner_New(ENGINE(self), args[0], args[1], v[0], v[1]);
}

static Object *engine_findall(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t v[2];
    return ssize_args(args, 1, 2, v) < 0 ? NULL : Engine_FindAll(ENGINE(self), args[0], v[0], v[1]);
}

static Object *engine_split(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t v[1];
    return ssize_args(args, 1, 1, v) < 0 ? NULL : Engine_Split(ENGINE(self), args[0], v[0]);
}

static Object *engine_subtemplate(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t v[1];
    return ssize_args(args, 2, 1, v) < 0 ? NULL : Engine_SubTemplate(ENGINE(self), args[0], args[1], v[0]);
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
    {"search", engine_search, 0, ARGS("($self, pattern, string, pos, endpos, mode, /)", "a match of pattern in string[pos:endpos]")},
    {"scanner", engine_scanner, 0, ARGS("($self, pattern, string, pos, endpos, /)", "a scanner over string")},
    {"findall", engine_findall, 0, ARGS("($self, string, pos, endpos, /)", "every match in string[pos:endpos]")},
    {"split", engine_split, 0, ARGS("($self, string, maxsplit, /)", "string split by the matches")},
    {"subtemplate", engine_subtemplate, 0,
     ARGS("($self, string, template, count, /)", "(new string, count): the matches replaced by a template")},
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

Type *const Pcre_Types[] = {&Engine_Type, &Match_Type, &Scanner_Type, &Widened_Type, &SubjectCache_Type, NULL};

/* Compiles the translation t (consumed) into an engine. */
static Object *engine_new(ReTranslation *t, bool bytes, Object *pattern, Object *error_class) {
    uint32_t opts = bytes ? 0 : PCRE2_UTF | PCRE2_UCP | PCRE2_NO_UTF_CHECK;
    if (t->caseless) opts |= PCRE2_CASELESS;
    int errcode;
    PCRE2_SIZE erroff;
    /* a str may hold lone surrogates, and so may a pattern */
    pcre2_compile_context *cctx = pcre2_compile_context_create(NULL);
    if (!cctx) {
        Re_TranslationFree(t);
        return Err_NoMemory();
    }
    if (!bytes) pcre2_set_compile_extra_options(cctx, PCRE2_EXTRA_ALLOW_SURROGATE_ESCAPES);
    pcre2_set_parens_nest_limit(cctx, 4 * 495 + 100); /* the parser's limit, with our own groups */
    pcre2_code *code = pcre2_compile(t->code, t->len, opts, &errcode, &erroff, cctx);
    pcre2_compile_context_free(cctx);
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
    /* PCRE2 10.42's JIT can backtrack into an atomic group that has an
     * alternative matching the empty string ("(?>a*|b?)a" finds "a" in
     * "aaa" from the second position on): such patterns are interpreted. */
    if (!t->atomic) pcre2_jit_compile(code, PCRE2_JIT_COMPLETE); /* failure only means the interpreter runs it */
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
    e->ahead = t->ahead;
    t->ahead = NULL;
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
    if (!List_Check(args[3])) {
        Err_Format(Exc_TypeError, "warnings must be a list");
        return NULL;
    }
    if (Re_Translate(pattern, (int)flags, args[2], args[3], &t) < 0) {
        if (!Err_Occurred()) Err_SetString(Exc_SystemError, "pattern translation failed without an error");
        return NULL;
    }
    return engine_new(&t, bytes, pattern, args[2]);
}

static const MethodDef pcre_functions[] = {
    {"compile", pcre_compile, 0,
     ARGS("($module, pattern, flags, error, warnings, /)",
          "translate and compile a Python regular expression; the FutureWarnings it calls for are added to warnings")},
    {NULL, NULL, 0, NULL},
};

int Pcre_Init(Object *module) {
    if (Module_AddFunctions(module, pcre_functions) < 0) return -1;
    if (Module_AddObject(module, "Match", (Object *)&Match_Type) < 0) return -1;
    return Module_AddObjectSteal(module, "MAXREPEAT", Int_FromU64(RE_MAXREPEAT));
}
