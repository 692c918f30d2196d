/* re.Match: the result of a search, its groups as spans of the subject. */
#include "abstract.h"
#include "modules/re/engine.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/typing.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/gc.h"
#include "runtime/import.h"
#include <string.h>

typedef struct MatchObj {
    Object ob;
    Object *pattern;  /* the re.Pattern */
    Engine *engine;   /* its engine: groups, names */
    Object *string;
    ssize_t pos, endpos;
    ssize_t spans[];  /* 2 * (groups + 1): start and end of each group, -1 when unset */
} MatchObj;

#define M(o) ((MatchObj *)(o))

static void match_dealloc(Object *o) {
    Gc_Untrack(o);
    XDECREF(M(o)->pattern);
    XDECREF((Object *)M(o)->engine);
    XDECREF(M(o)->string);
    Obj_Free(o);
}

static int visit_opt(Object *o, VisitFn visit, void *arg) { return o ? visit(o, arg) : 0; }

/* A subject (a str subclass with a __dict__, say) may refer back to its
 * match: the collector can break such cycles (the engine holds nothing a
 * cycle could pass through). */
static int match_traverse(Object *o, VisitFn visit, void *arg) {
    return visit_opt(M(o)->pattern, visit, arg) || visit_opt(M(o)->string, visit, arg);
}

static int match_clear(Object *o) {
    CLEAR(M(o)->pattern);
    CLEAR(M(o)->string);
    return 0;
}

Type Match_Type;

Object *Match_New(Engine *e, Object *pattern, Object *string, ssize_t pos, ssize_t endpos, ssize_t len,
                  const ssize_t *spans) {
    size_t n = 2 * ((size_t)e->groups + 1);
    MatchObj *m = (MatchObj *)Obj_Alloc(&Match_Type, sizeof(MatchObj) + n * sizeof(ssize_t));
    if (!m) return NULL;
    m->pattern = NEWREF(pattern);
    m->engine = (Engine *)NEWREF((Object *)e);
    m->string = NEWREF(string);
    m->pos = pos < 0 ? 0 : pos > len ? len : pos;
    m->endpos = endpos < 0 ? 0 : endpos > len ? len : endpos;
    memcpy(m->spans, spans, n * sizeof(ssize_t));
    return (Object *)m;
}

/* The group number for an index or a name; -1 with IndexError raised. */
static ssize_t group_index(MatchObj *m, Object *g) {
    if (Int_Check(g)) {
        ssize_t i = Int_AsSsize(g);
        if (i == -1 && Err_Occurred()) {
            Err_Clear();
        } else if (i >= 0 && i <= m->engine->groups) {
            return i;
        }
    } else if (Str_Check(g) || Bytes_Check(g)) {
        Object *v;
        int found = Dict_Lookup(m->engine->groupindex, g, &v);
        if (found < 0) Err_Clear();
        if (found > 0) {
            ssize_t i = Int_AsSsize(v);
            DECREF(v);
            return i;
        }
    }
    Err_Format(Exc_IndexError, "no such group");
    return -1;
}

/* The text of group i (a valid number), or dflt when it did not match. */
static Object *group_text(MatchObj *m, ssize_t i, Object *dflt) {
    ssize_t a = m->spans[2 * i], b = m->spans[2 * i + 1];
    if (a < 0 || !m->string) return NEWREF(dflt);
    if (Str_Check(m->string)) return Str_Substring(m->string, a, b);
    const uint8_t *d;
    ssize_t n;
    Bytes_GetBuffer(m->string, &d, &n);
    if (b > n) b = n;
    if (a > b) a = b;
    return Bytes_From(d + a, b - a);
}

static Object *match_group(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    MatchObj *m = M(self);
    if (nargs == 0) return group_text(m, 0, OBJ_NONE);
    if (nargs == 1) {
        ssize_t i = group_index(m, args[0]);
        return i < 0 ? NULL : group_text(m, i, OBJ_NONE);
    }
    Object *t = Tuple_New((ssize_t)nargs);
    for (size_t k = 0; t && k < nargs; k++) {
        ssize_t i = group_index(m, args[k]);
        Object *v = i < 0 ? NULL : group_text(m, i, OBJ_NONE);
        if (!v) CLEAR(t);
        else TUPLE_ITEMS(t)[k] = v;
    }
    return t;
}

static Object *match_getitem(Object *self, Object *key) {
    ssize_t i = group_index(M(self), key);
    return i < 0 ? NULL : group_text(M(self), i, OBJ_NONE);
}

static Object *match_groups(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    MatchObj *m = M(self);
    Object *dflt = nargs > 0 && args[0] ? args[0] : OBJ_NONE;
    Object *t = Tuple_New(m->engine->groups);
    for (int g = 1; t && g <= m->engine->groups; g++) {
        Object *v = group_text(m, g, dflt);
        if (!v) CLEAR(t);
        else TUPLE_ITEMS(t)[g - 1] = v;
    }
    return t;
}

static Object *match_groupdict(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    MatchObj *m = M(self);
    Object *dflt = nargs > 0 && args[0] ? args[0] : OBJ_NONE;
    Object *d = Dict_New();
    ssize_t it = 0;
    Object *name, *num;
    while (d && Dict_Next(m->engine->groupindex, &it, &name, &num)) {
        Object *v = group_text(m, Int_AsSsize(num), dflt);
        if (!v || Dict_SetItem(d, name, v) < 0) CLEAR(d);
        XDECREF(v);
    }
    return d;
}

/* The group argument of start/end/span (default 0); -1 after raising. */
static ssize_t span_arg(MatchObj *m, Object *const *args, size_t nargs) {
    if (nargs == 0 || !args[0]) return 0;
    return group_index(m, args[0]);
}

static Object *match_start(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t i = span_arg(M(self), args, nargs);
    return i < 0 ? NULL : Int_FromI64(M(self)->spans[2 * i]);
}

static Object *match_end(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t i = span_arg(M(self), args, nargs);
    return i < 0 ? NULL : Int_FromI64(M(self)->spans[2 * i + 1]);
}

static Object *span_tuple(MatchObj *m, ssize_t i) {
    Object *a = Int_FromI64(m->spans[2 * i]), *b = Int_FromI64(m->spans[2 * i + 1]);
    Object *t = a && b ? Tuple_Pack(2, a, b) : NULL;
    XDECREF(a);
    XDECREF(b);
    return t;
}

static Object *match_span(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t i = span_arg(M(self), args, nargs);
    return i < 0 ? NULL : span_tuple(M(self), i);
}

/* expand() parses the template in Python (lib/re: _expand_match). */
static Object *match_expand(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *re = Import_ImportC("re");
    if (!re) return NULL;
    Object *call_args[2] = {self, args[0]};
    Object *r = Obj_CallMethodC(re, "_expand_match", call_args, 2);
    DECREF(re);
    return r;
}

static Object *match_copy(Object *self, Object *const *args, size_t nargs, Object *kwnames) { return NEWREF(self); }

static Object *match_repr(Object *self) {
    MatchObj *m = M(self);
    Object *g = group_text(m, 0, OBJ_NONE);
    if (!g) return NULL;
    Object *r = Obj_Repr(g);
    DECREF(g);
    if (!r) return NULL;
    Object *cut = STR_LEN(r) > 50 ? Str_Substring(r, 0, 50) : NEWREF(r);
    DECREF(r);
    if (!cut) return NULL;
    Object *s = Str_FromFormat("<re.Match object; span=(%zd, %zd), match=%U>", m->spans[0], m->spans[1], cut);
    DECREF(cut);
    return s;
}

static Object *match_get_regs(Object *self) {
    MatchObj *m = M(self);
    Object *t = Tuple_New(m->engine->groups + 1);
    for (int g = 0; t && g <= m->engine->groups; g++) {
        Object *v = span_tuple(m, g);
        if (!v) CLEAR(t);
        else TUPLE_ITEMS(t)[g] = v;
    }
    return t;
}

/* Where the search stood when group g closed: its end, or for a group in a
 * look-ahead (which the search leaves where it began) its start. */
static ssize_t closed_at(MatchObj *m, int g) {
    return m->spans[2 * g + (m->engine->ahead[g] ? 0 : 1)];
}

/* The group that closed last: the matched one closing furthest on (the later
 * of groups closing together), or rather the outermost matched group
 * around it, which closed after it. */
static int last_index(MatchObj *m) {
    int best = 0;
    for (int g = 1; g <= m->engine->groups; g++)
        if (m->spans[2 * g] >= 0 && (best == 0 || closed_at(m, g) >= closed_at(m, best))) best = g;
    if (!best) return 0;
    Object *parents = m->engine->parents;
    for (;;) {
        int parent = (int)Int_AsSsize(TUPLE_ITEMS(parents)[best]);
        if (!parent || m->spans[2 * parent] < 0) break;
        best = parent;
    }
    return best;
}

static Object *match_get_lastindex(Object *self) {
    int g = last_index(M(self));
    return g ? Int_FromI64(g) : NEWREF(OBJ_NONE);
}

static Object *match_get_lastgroup(Object *self) {
    int g = last_index(M(self));
    if (g) {
        ssize_t it = 0;
        Object *name, *num;
        while (Dict_Next(M(self)->engine->groupindex, &it, &name, &num))
            if (Int_AsSsize(num) == g) return NEWREF(name);
    }
    return NEWREF(OBJ_NONE);
}

static Object *match_get_re(Object *self) { return NEWREF(M(self)->pattern ? M(self)->pattern : OBJ_NONE); }
static Object *match_get_string(Object *self) { return NEWREF(M(self)->string ? M(self)->string : OBJ_NONE); }
static Object *match_get_pos(Object *self) { return Int_FromI64(M(self)->pos); }
static Object *match_get_endpos(Object *self) { return Int_FromI64(M(self)->endpos); }

static const GetSetDef match_getset[] = {
    {"lastindex", match_get_lastindex, NULL, "The integer index of the last matched capturing group."},
    {"lastgroup", match_get_lastgroup, NULL, "The name of the last matched capturing group."},
    {"regs", match_get_regs, NULL, NULL},
    {"re", match_get_re, NULL, "The regular expression object."},
    {"string", match_get_string, NULL, "The string passed to match() or search()."},
    {"pos", match_get_pos, NULL, "The index into the string at which the RE engine started looking for a match."},
    {"endpos", match_get_endpos, NULL, "The index into the string beyond which the RE engine will not go."},
    {NULL, NULL, NULL, NULL},
};

static const MethodDef match_methods[] = {
    {"group", match_group, 0,
     ARGS_F(ARG_NO_TEXT_SIG, "($self, /, *args)",
            "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n"
            "    For 0 returns the entire match.")},
    {"start", match_start, 0,
     ARGS("($self, group=0, /)", "Return index of the start of the substring matched by group.")},
    {"end", match_end, 0, ARGS("($self, group=0, /)", "Return index of the end of the substring matched by group.")},
    {"span", match_span, 0,
     ARGS("($self, group=0, /)", "For match object m, return the 2-tuple (m.start(group), m.end(group)).")},
    {"groups", match_groups, 0,
     ARGS("($self, /, default=None)",
          "Return a tuple containing all the subgroups of the match, from 1.\n\n  default\n    Is used for "
          "groups that did not participate in the match.")},
    {"groupdict", match_groupdict, 0,
     ARGS("($self, /, default=None)",
          "Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name.\n\n"
          "  default\n    Is used for groups that did not participate in the match.")},
    {"expand", match_expand, 0,
     ARGS("($self, /, template)",
          "Return the string obtained by doing backslash substitution on the string template, as done by the "
          "sub() method.")},
    {"__copy__", match_copy, 0, ARGS("($self, /)", NULL)},
    {"__deepcopy__", match_copy, 0, ARGS("($self, memo, /)", NULL)},
    METHOD_CLASS_GETITEM("Matches are generic over the type of string which was matched (str or bytes)"),
    {NULL, NULL, 0, NULL},
};

Type Match_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "re.Match",
    .basicsize = sizeof(MatchObj),
    .flags = TPFLAG_GC,
    .traverse = match_traverse,
    .clear = match_clear,
    .doc = "The result of re.match() and re.search().\nMatch objects always have a boolean value of True.",
    .dealloc = match_dealloc,
    .repr = match_repr,
    .getitem = match_getitem,
    .methods = match_methods,
    .getset = match_getset,
};
