/* The scanner of a pattern over a string (Pattern.scanner, and finditer as
 * iter(scanner.search, None), as in CPython): each call finds the next
 * match after the previous one, under the rule for empty matches. */
#include "modules/re/engine.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/gc.h"
#include "runtime/mem.h"

typedef struct ScannerObj {
    Object ob;
    Engine *engine;
    Object *pattern;  /* the re.Pattern */
    Object *string;   /* NULL once exhausted or cleared */
    ssize_t pos, endpos;
    int mode;         /* 4 after an empty match: the next may not be empty there */
} ScannerObj;

#define SC(o) ((ScannerObj *)(o))

static int visit_opt(Object *o, VisitFn visit, void *arg) { return o ? visit(o, arg) : 0; }

static int scanner_traverse(Object *o, VisitFn visit, void *arg) {
    return visit_opt(SC(o)->pattern, visit, arg) || visit_opt(SC(o)->string, visit, arg);
}

static int scanner_clear(Object *o) {
    CLEAR(SC(o)->pattern);
    CLEAR(SC(o)->string);
    return 0;
}

static void scanner_dealloc(Object *o) {
    Gc_Untrack(o);
    scanner_clear(o);
    XDECREF((Object *)SC(o)->engine);
    Obj_Free(o);
}

Type Scanner_Type;

Object *Scanner_New(Engine *e, Object *pattern, Object *string, ssize_t pos, ssize_t endpos) {
    Subject s;
    if (Engine_TakeSubject(e, string, &s) < 0) return NULL;  /* CPython's TypeErrors, at once */
    Engine_GiveSubject(&s);
    ScannerObj *sc = (ScannerObj *)Obj_Alloc(&Scanner_Type, sizeof(ScannerObj));
    if (!sc) return NULL;
    sc->engine = (Engine *)NEWREF((Object *)e);
    sc->pattern = NEWREF(pattern);
    sc->string = NEWREF(string);
    sc->pos = pos;
    sc->endpos = endpos;
    return (Object *)sc;
}

/* The next match (mode 0: search, 1: match at the current place). */
static Object *scanner_next(ScannerObj *sc, int mode) {
    if (!sc->string || !sc->pattern) return NEWREF(OBJ_NONE);
    Engine *e = sc->engine;
    ssize_t *spans = Engine_NewSpans(e);
    if (!spans) return NULL;
    Subject s;
    if (Engine_TakeSubject(e, sc->string, &s) < 0) {
        Mem_Free(spans);
        return NULL;
    }
    ssize_t len = s.len;
    int r = Engine_Exec(e, &s, sc->pos, sc->endpos, mode | sc->mode, spans);
    Engine_GiveSubject(&s);
    Object *m = NULL;
    if (r > 0) {
        m = Match_New(e, sc->pattern, sc->string, sc->pos, sc->endpos, len, spans);
        sc->mode = spans[0] == spans[1] ? 4 : 0;
        sc->pos = spans[1];
    } else if (r == 0) {
        m = NEWREF(OBJ_NONE);
        CLEAR(sc->string);
    }
    Mem_Free(spans);
    return m;
}

static Object *scanner_match(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return scanner_next(SC(self), 1);
}

static Object *scanner_search(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return scanner_next(SC(self), 0);
}

static Object *scanner_get_pattern(Object *self) { return NEWREF(SC(self)->pattern ? SC(self)->pattern : OBJ_NONE); }

static const GetSetDef scanner_getset[] = {
    {"pattern", scanner_get_pattern, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static const MethodDef scanner_methods[] = {
    {"match", scanner_match, 0, ARGS("($self, /)", NULL)},
    {"search", scanner_search, 0, ARGS("($self, /)", NULL)},
    {NULL, NULL, 0, NULL},
};

Type Scanner_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "_sre.SRE_Scanner",
    .basicsize = sizeof(ScannerObj),
    .flags = TPFLAG_GC,
    .traverse = scanner_traverse,
    .clear = scanner_clear,
    .dealloc = scanner_dealloc,
    .methods = scanner_methods,
    .getset = scanner_getset,
};

