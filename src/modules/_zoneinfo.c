/* The _zoneinfo module: zoneinfo.ZoneInfo, a tzinfo backed by a TZif file.
 *
 * Loading is Python's job (lib/zoneinfo/_zoneinfo.py reads the file, works
 * out the DST amounts and parses the POSIX TZ string of the footer); what
 * it hands over is kept here as flat C tables, so that utcoffset, dst,
 * tzname and fromutc (asked again and again by every aware datetime) are a
 * binary search and, past the table, the footer's yearly rule worked out in
 * C.  The key cache is here too: ZoneInfo(key) gives the same object while
 * one lives (a weak cache), and the 8 most recently asked keys stay alive
 * (the strong cache); subclasses get a WeakValueDictionary of their own
 * (__init_subclass__) and no strong cache, as CPython's C type does. */
#include <stddef.h>
#include <string.h>

#include "abstract.h"
#include "class.h"
#include "modules/datetime.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/gc.h"
#include "runtime/import.h"
#include "runtime/interp.h"
#include "runtime/mem.h"

#define DAY 86400
#define EPOCH_ORDINAL 719163 /* date(1970, 1, 1).toordinal() */
#define STRONG_CACHE_SIZE 8

enum { SOURCE_FILE, SOURCE_CACHE, SOURCE_NOCACHE };

/* One kind of local time: the UTC offset in seconds and, as the timedeltas
 * and str the methods return, UTC offset, DST amount and abbreviation
 * (all owned). */
typedef struct ZKind {
    int64_t seconds;
    Object *utcoff, *dstoff, *name;
} ZKind;

/* The day of a yearly change of a TZ string: form 0 is Mm.w.d (a month,
 * b week, c weekday, Sunday 0), 1 is Jn (a = n, February 29 not counted),
 * 2 is n (a = n, counted from 0); clock is the wall time of the change. */
typedef struct ZDay {
    int form, a, b, c;
    int64_t clock;
} ZDay;

typedef struct ZoneInfo {
    Object ob;
    Object *key;       /* owned; None for from_file() without a key */
    Object *file_repr; /* owned: repr of from_file()'s file, else NULL */
    int source;
    bool has_rule, rule_dst;
    ssize_t count, nkinds;
    /* one block of 3 * count: transitions in UTC, and in wall time for
     * fold 0 and fold 1 (at the later and the earlier of the offsets
     * before and after; before the first, type 0's, as CPython takes it) */
    int64_t *utc, *wall[2];
    ZKind **after; /* the kind in force after each transition */
    ZKind *kinds;
    ZKind *first; /* before the first transition (NULL: no transitions nor standard type) */
    /* after the last transition, unless a rule with DST answers there: the
     * rule's only kind, else the last transition's, else the last kind */
    ZKind *last;
    bool fixed;     /* one offset whatever the time: utcoffset(None) answers */
    ZKind std, dst; /* the footer's rule (dst only when rule_dst) */
    ZDay start, end;
} ZoneInfo;

extern Type ZoneInfo_Type;
#define ZI(o) ((ZoneInfo *)(o))

/* ---- the footer's rule ----------------------------------------------------- */

static int64_t days_to(int year, int month, int day) { return Cal_ToOrdinal(year, month, day) - EPOCH_ORDINAL; }

/* Seconds from the epoch to the wall-clock time of change r in year. */
static int64_t change_at(const ZDay *r, int year) {
    int64_t day;
    if (r->form == 0) {
        int first = (Cal_Weekday(year, r->a, 1) + 1) % 7; /* Sunday 0 */
        int d = 1 + (r->c - first + 7) % 7 + 7 * (r->b - 1);
        int length = Cal_DaysInMonth(year, r->a);
        while (d > length) d -= 7;
        day = days_to(year, r->a, d);
    } else {
        day = days_to(year, 1, 1) + r->a - 1;
        if (r->form == 1 && Cal_IsLeap(year) && r->a >= 60) day++;
    }
    return day * DAY + r->clock;
}

/* DST of year in UTC seconds: [*start, *end) (end may come first). */
static void dst_bounds(const ZoneInfo *z, int year, int64_t *start, int64_t *end) {
    *start = change_at(&z->start, year) - z->std.seconds;
    *end = change_at(&z->end, year) - z->dst.seconds;
}

static bool in_dst(int64_t s, int64_t start, int64_t end) {
    return start < end ? start <= s && s < end : !(end <= s && s < start);
}

static ZKind *rule_wall(ZoneInfo *z, int64_t seconds, int year, int fold) {
    if (!z->rule_dst) return &z->std;
    int64_t start, end, a = z->std.seconds, b = z->dst.seconds;
    dst_bounds(z, year, &start, &end);
    int64_t shift = (a > b) == (fold == 0) ? a : b; /* fold 0: the larger offset */
    return in_dst(seconds, start + shift, end + shift) ? &z->dst : &z->std;
}

/* The kind at UTC seconds in year (the UTC year, as CPython takes it), and
 * whether the wall time repeats an earlier one: within what DST adds after
 * its end, or (negative DST) what it takes before its start. */
static ZKind *rule_utc(ZoneInfo *z, int64_t seconds, int year, int *fold) {
    *fold = 0;
    if (!z->rule_dst) return &z->std;
    int64_t start, end, diff = z->dst.seconds - z->std.seconds;
    dst_bounds(z, year, &start, &end);
    int64_t ambiguous = diff > 0 ? end : start;
    *fold = ambiguous <= seconds && seconds < ambiguous + (diff > 0 ? diff : -diff);
    return in_dst(seconds, start, end) ? &z->dst : &z->std;
}

/* ---- lookups ------------------------------------------------------------------ */

/* The first index whose time is after x. */
static ssize_t bisect_right(const int64_t *a, ssize_t n, int64_t x) {
    ssize_t lo = 0, hi = n;
    while (lo < hi) {
        ssize_t mid = lo + (hi - lo) / 2;
        if (x < a[mid]) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}

static int int_attr(Object *o, const char *name, int64_t limit, int64_t *out) {
    Object *v = Obj_GetAttrC(o, name);
    if (!v) return -1;
    int r = DT_IntArg(v, out);
    DECREF(v);
    if (r < 0) return -1;
    if (*out > limit) *out = limit;
    if (*out < -limit) *out = -limit;
    return 0;
}

/* The wall time of dt as seconds from the epoch (microseconds dropped),
 * its year and fold.  An exact datetime is read directly; anything else
 * through toordinal() and its hour, minute and second, as CPython does. */
static int local_seconds(Object *dt, int64_t *seconds, int *year, int *fold) {
    if (TYPE(dt) == &DateTime_Type) {
        DateTime *d = (DateTime *)dt;
        *seconds = (Cal_ToOrdinal(d->year, d->month, d->day) - EPOCH_ORDINAL) * DAY + d->hour * 3600 + d->minute * 60 +
                   d->second;
        *year = d->year;
        *fold = d->fold;
        return 0;
    }
    int64_t ordinal, h, m, s, big = (int64_t)1 << 40;
    Object *r = Obj_CallMethodC(dt, "toordinal", NULL, 0);
    if (!r) return -1;
    int ok = DT_IntArg(r, &ordinal);
    DECREF(r);
    if (ok < 0 || int_attr(dt, "hour", big, &h) < 0 || int_attr(dt, "minute", big, &m) < 0 ||
        int_attr(dt, "second", big, &s) < 0)
        return -1;
    if (ordinal > big) ordinal = big;
    if (ordinal < -big) ordinal = -big;
    *seconds = (ordinal - EPOCH_ORDINAL) * DAY + h * 3600 + m * 60 + s;
    int y = DT_MAXYEAR, mo, d;
    if (ordinal < 1) y = DT_MINYEAR;
    else if (ordinal <= DT_MAXORDINAL) Cal_FromOrdinal(ordinal, &y, &mo, &d);
    *year = y;
    *fold = DateTime_Check(dt) ? ((DateTime *)dt)->fold : 0;
    return 0;
}

/* The kind in force at wall time dt; NULL with an error set, or with none
 * when dt is None and the zone has no fixed offset. */
static ZKind *kind_at(ZoneInfo *z, Object *dt) {
    if (dt == OBJ_NONE) return z->fixed ? z->last : NULL;
    int64_t seconds;
    int year, fold;
    if (local_seconds(dt, &seconds, &year, &fold) < 0) return NULL;
    fold = fold ? 1 : 0;
    ssize_t n = z->count;
    const int64_t *wall = z->wall[fold];
    if (n && seconds < wall[0]) return z->first;
    if (!n || seconds > wall[n - 1]) return z->rule_dst ? rule_wall(z, seconds, year, fold) : z->last;
    return z->after[bisect_right(wall, n, seconds) - 1];
}

static Object *zi_utcoffset(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)nargs, (void)kwnames;
    ZKind *k = kind_at(ZI(self), args[0]);
    return k ? NEWREF(k->utcoff) : Err_Occurred() ? NULL : NEWREF(OBJ_NONE);
}

static Object *zi_dst(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)nargs, (void)kwnames;
    ZKind *k = kind_at(ZI(self), args[0]);
    return k ? NEWREF(k->dstoff) : Err_Occurred() ? NULL : NEWREF(OBJ_NONE);
}

static Object *zi_tzname(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)nargs, (void)kwnames;
    ZKind *k = kind_at(ZI(self), args[0]);
    return k ? NEWREF(k->name) : Err_Occurred() ? NULL : NEWREF(OBJ_NONE);
}

/* local with fold=1: an exact datetime nobody else holds is changed in
 * place, anything else goes through its replace(). */
static Object *with_fold(Object *local) {
    if (TYPE(local) == &DateTime_Type) {
        DateTime *d = (DateTime *)local;
        if (local->refcnt == 1 && d->hash == -1) {
            d->fold = 1;
            return local;
        }
        Object *r = DateTime_FromFields(&DateTime_Type, d->year, d->month, d->day, d->hour, d->minute, d->second,
                                        d->microsecond, d->tzinfo, 1);
        DECREF(local);
        return r;
    }
    Object *replace = Obj_GetAttrC(local, "replace");
    DECREF(local);
    if (!replace) return NULL;
    Object *names = Tuple_Pack(1, Str_InternC("fold"));
    Object *one = SMALL_FROM(1);
    Object *r = names ? Obj_Call(replace, &one, 0, names) : NULL;
    XDECREF(names);
    DECREF(replace);
    return r;
}

/* The kind at UTC seconds, and whether the wall time it gives repeats an
 * earlier one (fold), as CPython's zoneinfo finds them. */
static ZKind *fromutc_kind(ZoneInfo *z, int64_t seconds, int year, int *fold) {
    ssize_t n = z->count;
    *fold = 0;
    if (n && seconds < z->utc[0]) return z->first;
    /* past the table the rule answers, even one without DST (no fold) */
    if (!n || seconds > z->utc[n - 1]) return z->rule_dst ? rule_utc(z, seconds, year, fold) : z->last;
    ssize_t at = bisect_right(z->utc, n, seconds);
    ZKind *kind = z->after[at - 1], *previous = at > 1 ? z->after[at - 2] : z->first;
    *fold = previous->seconds - kind->seconds > seconds - z->utc[at - 1];
    return kind;
}

static Object *zi_fromutc(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)nargs, (void)kwnames;
    ZoneInfo *z = ZI(self);
    Object *dt = args[0];
    if (Tz_FromutcCheck(self, dt) < 0) return NULL;
    int64_t seconds;
    int year, fold = 0;
    if (local_seconds(dt, &seconds, &year, &fold) < 0) return NULL;
    ZKind *kind = fromutc_kind(z, seconds, year, &fold);
    Object *local = Obj_BinaryOp(dt, kind->utcoff, NB_ADD);
    return local && fold ? with_fold(local) : local;
}

/* ---- loading -------------------------------------------------------------- */

/* The module lib/zoneinfo/_zoneinfo.py (new reference). */
static Object *loader(void) { return Import_ImportC("zoneinfo._zoneinfo"); }

/* Offsets of a day or more are kept: datetime refuses them when asked. */
static int set_kind(ZKind *k, int64_t utcoff, int64_t dstoff, Object *name) {
    k->seconds = utcoff;
    k->utcoff = Delta_FromUs(&Delta_Type, (dt_us)utcoff * US_PER_SECOND);
    k->dstoff = Delta_FromUs(&Delta_Type, (dt_us)dstoff * US_PER_SECOND);
    k->name = NEWREF(name);
    return k->utcoff && k->dstoff ? 0 : -1;
}

static void clear_kind(ZKind *k) {
    CLEAR(k->utcoff);
    CLEAR(k->dstoff);
    CLEAR(k->name);
}

static int tuple_int(Object *t, ssize_t i, int64_t *out) { return Int_AsI64(TUPLE_ITEMS(t)[i], out); }

/* A (seconds, name) pair of the rule (offsets from loader's tuple). */
static int rule_kind(ZKind *k, Object *rule, ssize_t i, int64_t dst_amount) {
    int64_t seconds;
    if (tuple_int(rule, i, &seconds) < 0) return -1;
    return set_kind(k, seconds, dst_amount, TUPLE_ITEMS(rule)[i + 1]);
}

static int rule_day(ZDay *d, Object *spec) {
    int64_t v[5];
    if (!Tuple_Check(spec) || TUPLE_LEN(spec) != 5) goto bad;
    for (int i = 0; i < 5; i++)
        if (tuple_int(spec, i, &v[i]) < 0) return -1;
    d->form = (int)v[0], d->a = (int)v[1], d->b = (int)v[2], d->c = (int)v[3];
    d->clock = v[4];
    return 0;
bad:
    Err_SetString(Exc_ValueError, "bad TZ rule");
    return -1;
}

/* The footer rule: (std offset, std name[, dst offset, dst name, start, end]). */
static int load_rule(ZoneInfo *z, Object *rule) {
    if (rule == OBJ_NONE) return 0;
    if (!Tuple_Check(rule) || (TUPLE_LEN(rule) != 2 && TUPLE_LEN(rule) != 6)) {
        Err_SetString(Exc_ValueError, "bad TZ rule");
        return -1;
    }
    z->has_rule = true;
    if (rule_kind(&z->std, rule, 0, 0) < 0) return -1;
    if (TUPLE_LEN(rule) == 2) return 0;
    z->rule_dst = true;
    int64_t seconds;
    if (tuple_int(rule, 2, &seconds) < 0 || rule_kind(&z->dst, rule, 2, seconds - z->std.seconds) < 0) return -1;
    return rule_day(&z->start, TUPLE_ITEMS(rule)[4]) < 0 ? -1 : rule_day(&z->end, TUPLE_ITEMS(rule)[5]);
}

static int load_kinds(ZoneInfo *z, Object *kinds) {
    if (!List_Check(kinds)) goto bad;
    z->nkinds = LIST_LEN(kinds);
    if (!(z->kinds = Mem_Alloc(sizeof(ZKind) * (size_t)(z->nkinds ? z->nkinds : 1)))) return Err_NoMemory(), -1;
    for (ssize_t i = 0; i < z->nkinds; i++) {
        Object *t = LIST_ITEMS(kinds)[i];
        int64_t off, dst;
        if (!Tuple_Check(t) || TUPLE_LEN(t) != 3) goto bad;
        if (tuple_int(t, 0, &off) < 0 || tuple_int(t, 1, &dst) < 0 ||
            set_kind(&z->kinds[i], off, dst, TUPLE_ITEMS(t)[2]) < 0)
            return -1;
    }
    return 0;
bad:
    Err_SetString(Exc_ValueError, "bad zone tables");
    return -1;
}

/* The transitions and the boundaries derived from them. */
static int load_transitions(ZoneInfo *z, Object *times, Object *indices) {
    if (!List_Check(times) || !List_Check(indices) || LIST_LEN(times) != LIST_LEN(indices)) goto bad;
    ssize_t n = z->count = LIST_LEN(times);
    z->utc = Mem_Alloc(sizeof(int64_t) * 3 * (size_t)(n ? n : 1));
    z->after = Mem_Alloc(sizeof(ZKind *) * (size_t)(n ? n : 1));
    if (!z->utc || !z->after) return Err_NoMemory(), -1;
    z->wall[0] = z->utc + n, z->wall[1] = z->utc + 2 * n;
    ZKind *previous = &z->kinds[0];
    for (ssize_t i = 0; i < n; i++) {
        int64_t moment, index;
        if (Int_AsI64(LIST_ITEMS(times)[i], &moment) < 0 || Int_AsI64(LIST_ITEMS(indices)[i], &index) < 0) return -1;
        if (index < 0 || index >= z->nkinds) goto bad;
        ZKind *kind = z->after[i] = &z->kinds[index];
        int64_t a = previous->seconds, b = kind->seconds;
        z->utc[i] = moment;
        z->wall[0][i] = moment + (a > b ? a : b);
        z->wall[1][i] = moment + (a < b ? a : b);
        previous = kind;
    }
    return 0;
bad:
    Err_SetString(Exc_ValueError, "bad zone tables");
    return -1;
}

/* Fills z from the loader's (times, indices, kinds, first, rule). */
static int load_tables(ZoneInfo *z, Object *t) {
    int64_t first;
    if (!Tuple_Check(t) || TUPLE_LEN(t) != 5) {
        Err_SetString(Exc_ValueError, "bad zone tables");
        return -1;
    }
    Object **items = TUPLE_ITEMS(t);
    if (load_kinds(z, items[2]) < 0 || Int_AsI64(items[3], &first) < 0) return -1;
    if (first >= z->nkinds || (first < 0 && LIST_LEN(items[1]))) {
        Err_SetString(Exc_ValueError, "bad zone tables");
        return -1;
    }
    z->first = first < 0 ? NULL : &z->kinds[first];
    if (load_transitions(z, items[0], items[1]) < 0 || load_rule(z, items[4]) < 0) return -1;
    z->last = z->has_rule ? &z->std : z->count ? z->after[z->count - 1] : &z->kinds[z->nkinds - 1];
    if (!z->rule_dst && z->nkinds <= 1) {
        ZKind *k = z->nkinds ? &z->kinds[0] : z->last;
        z->fixed = k->seconds == z->last->seconds && Obj_RichCompareBool(k->dstoff, z->last->dstoff, CMP_EQ) == 1 &&
                   Str_Eq(k->name, z->last->name);
    }
    return 0;
}

/* A new zone of type t from the loader function `how` called with arg. */
static Object *zone_load(Type *t, const char *how, Object *arg, Object *key, int source) {
    Object *mod = loader();
    Object *tables = mod ? Obj_CallMethodC(mod, how, &arg, 1) : NULL;
    XDECREF(mod);
    if (!tables) return NULL;
    ZoneInfo *z = (ZoneInfo *)Obj_Alloc(t, (size_t)t->basicsize);
    if (!z) {
        DECREF(tables);
        return NULL;
    }
    z->key = NEWREF(key);
    z->source = source;
    int r = load_tables(z, tables);
    DECREF(tables);
    if (r < 0) {
        DECREF((Object *)z);
        return NULL;
    }
    return (Object *)z;
}

/* ---- the key cache ------------------------------------------------------------ */

/* Moves key to the front of the strong cache, adding (key, zone) if it is
 * not there and dropping the oldest beyond the limit. */
static int strong_touch(Object *key, Object *zone) {
    Interp *in = g_interp;
    if (!in->zoneinfo_strong && !(in->zoneinfo_strong = List_New(0))) return -1;
    Object *l = in->zoneinfo_strong;
    for (ssize_t i = 0; i < LIST_LEN(l); i++) {
        int eq = Obj_RichCompareBool(TUPLE_ITEMS(LIST_ITEMS(l)[i])[0], key, CMP_EQ);
        if (eq < 0) return -1;
        if (eq && i < LIST_LEN(l)) {
            Object *pair = LIST_ITEMS(l)[i];
            memmove(LIST_ITEMS(l) + 1, LIST_ITEMS(l), sizeof(Object *) * (size_t)i);
            LIST_ITEMS(l)[0] = pair;
            return 0;
        }
    }
    Object *pair = Tuple_Pack(2, key, zone);
    if (!pair || List_Insert(l, 0, pair) < 0) {
        XDECREF(pair);
        return -1;
    }
    DECREF(pair);
    while (LIST_LEN(l) > STRONG_CACHE_SIZE) DECREF(List_PopLast(l));
    return 0;
}

static int strong_forget(Object *key) {
    Object *l = g_interp->zoneinfo_strong;
    for (ssize_t i = 0; l && i < LIST_LEN(l); i++) {
        int eq = Obj_RichCompareBool(TUPLE_ITEMS(LIST_ITEMS(l)[i])[0], key, CMP_EQ);
        if (eq < 0) return -1;
        if (eq && i < LIST_LEN(l)) {
            Object *pair = LIST_ITEMS(l)[i];
            memmove(LIST_ITEMS(l) + i, LIST_ITEMS(l) + i + 1, sizeof(Object *) * (size_t)(LIST_LEN(l) - i - 1));
            LIST_ITEMS(l)[--((List *)l)->len] = NULL;
            DECREF(pair);
            return 0;
        }
    }
    return 0;
}

/* ZoneInfo's own weak cache: the live zone for key (new reference) or NULL
 * (with an error set or not). */
static Object *weak_get(Object *key) {
    Interp *in = g_interp;
    if (!in->zoneinfo_weak && !(in->zoneinfo_weak = Dict_New())) return NULL;
    Object *ref;
    int r = Dict_Lookup(in->zoneinfo_weak, key, &ref);
    if (r <= 0) return NULL;
    Object *zone = ((WeakRef *)ref)->referent; /* NULL once the zone died */
    return zone ? NEWREF(zone) : NULL;
}

static Object *cached_base(Object *key) {
    Object *zone = weak_get(key);
    if (!zone && !Err_Occurred()) {
        zone = zone_load(&ZoneInfo_Type, "load_key", key, key, SOURCE_CACHE);
        Object *ref = zone ? Weak_NewRef(zone, NULL) : NULL;
        if (!ref || Dict_SetItem(g_interp->zoneinfo_weak, key, ref) < 0) CLEAR(zone);
        XDECREF(ref);
    }
    if (zone && strong_touch(key, zone) < 0) CLEAR(zone);
    return zone;
}

/* A subclass: its _weak_cache's get and setdefault, as CPython calls them. */
static Object *cached_sub(Type *t, Object *key) {
    Object *cache = Obj_GetAttrC((Object *)t, "_weak_cache");
    if (!cache) return NULL;
    Object *av[2] = {key, OBJ_NONE};
    Object *zone = Obj_CallMethodC(cache, "get", av, 2);
    if (zone == OBJ_NONE) {
        DECREF(zone);
        zone = NULL;
        Object *made = zone_load(t, "load_key", key, key, SOURCE_CACHE);
        if (made) {
            av[1] = made;
            zone = Obj_CallMethodC(cache, "setdefault", av, 2);
            DECREF(made);
        }
        if (zone && Type_IsSubtype(TYPE(zone), &ZoneInfo_Type)) ZI(zone)->source = SOURCE_CACHE;
    }
    DECREF(cache);
    return zone;
}

/* ZoneInfo(key): CPython's parser's texts for the one argument. */
static Object *zi_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    size_t nkw = KW_COUNT(kwnames);
    if (nargs + nkw > 1) {
        Err_Format(Exc_TypeError, "ZoneInfo() takes at most 1 %sargument (%zu given)", nargs ? "" : "keyword ",
                   nargs + nkw);
        return NULL;
    }
    Object *key = nargs ? args[0] : NULL;
    if (nkw && Str_EqC(TUPLE_ITEMS(kwnames)[0], "key")) key = args[0];
    if (!key) {
        Err_SetString(Exc_TypeError, "ZoneInfo() missing required argument 'key' (pos 1)");
        return NULL;
    }
    return t == &ZoneInfo_Type ? cached_base(key) : cached_sub(t, key);
}

static Object *zi_no_cache(Object *cls, Object *const *args, size_t nargs, Object *kwnames) {
    (void)nargs, (void)kwnames;
    return zone_load((Type *)cls, "load_key", args[0], args[0], SOURCE_NOCACHE);
}

static int forget_key(Object *weak, Object *key) {
    if (weak) {
        Object *av[2] = {key, OBJ_NONE};
        Object *r = Obj_CallMethodC(weak, "pop", av, 2);
        XDECREF(r);
        return r ? 0 : -1;
    }
    if (strong_forget(key) < 0) return -1;
    return g_interp->zoneinfo_weak && Dict_Pop(g_interp->zoneinfo_weak, key, NULL) < 0 ? -1 : 0;
}

static Object *zi_clear_cache(Object *cls, Object *const *args, size_t nargs, Object *kwnames) {
    (void)kwnames;
    Object *only = args[nargs];
    Object *weak = NULL;
    if ((Type *)cls != &ZoneInfo_Type && !(weak = Obj_GetAttrC(cls, "_weak_cache"))) return NULL;
    int r = 0;
    if (!only || only == OBJ_NONE) {
        if (weak) {
            Object *done = Obj_CallMethodC(weak, "clear", NULL, 0);
            r = done ? 0 : -1;
            XDECREF(done);
        } else {
            if (g_interp->zoneinfo_weak) Dict_Clear(g_interp->zoneinfo_weak);
            CLEAR(g_interp->zoneinfo_strong);
        }
    } else {
        Object *it = Obj_GetIter(only), *key;
        r = it ? 0 : -1;
        while (it && (key = Iter_Next(it))) {
            r = forget_key(weak, key);
            DECREF(key);
            if (r < 0) break;
        }
        if (it && Err_Occurred()) r = -1;
        XDECREF(it);
    }
    XDECREF(weak);
    if (r < 0) return NULL;
    RETURN_NONE;
}

static Object *zi_from_file(Object *cls, Object *const *args, size_t nargs, Object *kwnames) {
    (void)kwnames;
    Object *key = nargs > 1 && args[1] ? args[1] : OBJ_NONE;
    Object *file_repr = Obj_Repr(args[0]);
    if (!file_repr) return NULL;
    Object *z = zone_load((Type *)cls, "load_file", args[0], key, SOURCE_FILE);
    if (z) ZI(z)->file_repr = file_repr;
    else DECREF(file_repr);
    return z;
}

static Object *zi_unpickle(Object *cls, Object *const *args, size_t nargs, Object *kwnames) {
    (void)nargs, (void)kwnames;
    int64_t from_cache;
    if (DT_IntArg(args[1], &from_cache) < 0) return NULL;
    if (from_cache) return Obj_CallOneArg(cls, args[0]);
    return zone_load((Type *)cls, "load_key", args[0], args[0], SOURCE_NOCACHE);
}

static Object *zi_init_subclass(Object *cls, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    Object *weakref = Import_ImportC("weakref");
    Object *cache = weakref ? Obj_CallMethodC(weakref, "WeakValueDictionary", NULL, 0) : NULL;
    XDECREF(weakref);
    if (!cache) return NULL;
    int r = Obj_SetAttr(cls, Str_InternC("_weak_cache"), cache);
    DECREF(cache);
    if (r < 0) return NULL;
    RETURN_NONE;
}

static Object *zi_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    ZoneInfo *z = ZI(self);
    if (z->source == SOURCE_FILE) {
        Object *pickle = Import_ImportC("pickle");
        Object *error = pickle ? Obj_GetAttrC(pickle, "PicklingError") : NULL;
        XDECREF(pickle);
        if (!error) return NULL;
        Object *msg = Str_FromUTF8("Cannot pickle a ZoneInfo file from a file stream.", -1);
        Object *exc = msg ? Obj_CallOneArg(error, msg) : NULL;
        XDECREF(msg);
        DECREF(error);
        if (exc) {
            Err_SetObject(TYPE(exc), exc);
            DECREF(exc);
        }
        return NULL;
    }
    Object *fn = Obj_GetAttrC((Object *)TYPE(self), "_unpickle");
    if (!fn) return NULL;
    Object *flag = SMALL_FROM(z->source == SOURCE_CACHE);
    Object *inner = Tuple_Pack(2, z->key, flag);
    Object *r = inner ? Tuple_Pack(2, fn, inner) : NULL;
    XDECREF(inner);
    DECREF(fn);
    return r;
}

/* ---- the type ---------------------------------------------------------------- */

static Object *zi_repr(Object *self) {
    ZoneInfo *z = ZI(self);
    const char *name = TYPE(self)->name;
    if (z->key != OBJ_NONE) return Str_FromFormat("%s(key=%R)", name, z->key);
    return Str_FromFormat("%s.from_file(%S)", name, z->file_repr ? z->file_repr : OBJ_NONE);
}

static Object *zi_str(Object *self) {
    ZoneInfo *z = ZI(self);
    return z->key != OBJ_NONE ? Obj_Str(z->key) : zi_repr(self);
}

static int zi_clear(Object *o) {
    ZoneInfo *z = ZI(o);
    CLEAR(z->key);
    CLEAR(z->file_repr);
    return 0;
}

static void zi_dealloc(Object *o) {
    ZoneInfo *z = ZI(o);
    Weak_ClearBuiltin(o);
    Gc_Untrack(o);
    zi_clear(o);
    for (ssize_t i = 0; z->kinds && i < z->nkinds; i++) clear_kind(&z->kinds[i]);
    clear_kind(&z->std);
    clear_kind(&z->dst);
    Mem_Free(z->kinds);
    Mem_Free(z->utc);
    Mem_Free(z->after);
    Obj_Free(o);
}

static int zi_traverse(Object *o, VisitFn visit, void *arg) {
    ZoneInfo *z = ZI(o);
    return (z->key && visit(z->key, arg)) || (z->file_repr && visit(z->file_repr, arg));
}

static const MethodDef zi_methods[] = {
    {"no_cache", zi_no_cache, METH_CLASS, ARGS("($type, /, key)", NULL)},
    {"from_file", zi_from_file, METH_CLASS, ARGS("($type, file_obj, /, key=None)", NULL)},
    {"clear_cache", zi_clear_cache, METH_CLASS, ARGS("($type, /, *, only_keys=None)", NULL)},
    {"utcoffset", zi_utcoffset, 0,
     ARGS_F(ARG_CLINIC_METHOD, "($self, dt, /)",
            "Retrieve a timedelta representing the UTC offset in a zone at the given datetime.")},
    {"dst", zi_dst, 0,
     ARGS_F(ARG_CLINIC_METHOD, "($self, dt, /)",
            "Retrieve a timedelta representing the amount of DST applied in a zone at the given datetime.")},
    {"tzname", zi_tzname, 0,
     ARGS_F(ARG_CLINIC_METHOD, "($self, dt, /)",
            "Retrieve a string containing the abbreviation for the time zone that applies in a zone at a given "
            "datetime.")},
    {"fromutc", zi_fromutc, 0,
     ARGS("($self, object, /)",
          "Given a datetime with local time in UTC, retrieve an adjusted datetime in local time.")},
    {"__reduce__", zi_reduce, 0, ARGS("($self, /)", "Function for serialization with the pickle protocol.")},
    {"_unpickle", zi_unpickle, METH_CLASS, ARGS_F(ARG_CLINIC_METHOD, "($type, key, from_cache, /)", NULL)},
    {"__init_subclass__", zi_init_subclass, METH_CLASS,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_KW_PASS, "($type, /, *args, **kwargs)", "Function to initialize subclasses.")},
    {NULL, NULL, 0, NULL},
};

Type ZoneInfo_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "zoneinfo.ZoneInfo",
    .basicsize = sizeof(ZoneInfo),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE | TPFLAG_WEAKREF,
    .base = &TzInfo_Type,
    .args = ARGS_F(ARG_NO_TEXT_SIG, "(key)", NULL),
    .dealloc = zi_dealloc,
    .traverse = zi_traverse,
    .clear = zi_clear,
    .repr = zi_repr,
    .str = zi_str,
    .new_ = zi_new,
    .methods = zi_methods,
};

Type *const ZoneInfo_Types[] = {&ZoneInfo_Type, NULL};

/* key is a read-only member, as CPython's. */
int ZoneInfo_Ready(void) {
    Object *name = Str_InternC("key");
    Object *member = name ? MemberDescr_New(&ZoneInfo_Type, name, offsetof(ZoneInfo, key), NULL, true) : NULL;
    if (!member) return -1;
    int r = Dict_SetItem(ZoneInfo_Type.dict, name, member);
    DECREF(member);
    return r;
}

int ZoneInfo_Init(Object *module) {
    Object *doc = Str_FromUTF8("C implementation of the zoneinfo module", -1);
    if (Module_AddObjectSteal(module, "__doc__", doc) < 0) return -1;
    return Module_AddObject(module, "ZoneInfo", (Object *)&ZoneInfo_Type);
}
