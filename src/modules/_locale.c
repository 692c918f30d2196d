/* The _locale module (under lib/locale.py): the locale of each category as
 * CPython's setlocale() sees it, and what the C library says of it.
 *
 * cipy itself always runs in the C locale, and the process's locale is
 * shared by every interpreter, so setlocale() here does not change the
 * process: it keeps the name of each category (as the C library's
 * setlocale would return it, checked with newlocale) and answers
 * localeconv(), nl_langinfo(), strcoll() and strxfrm() through a locale_t
 * made from those names.  At start the names are CPython's after its
 * start-up: LC_CTYPE from the environment (the C locale made C.UTF-8 when
 * LC_ALL does not force it, as PEP 538 does), the others "C". */
#define _GNU_SOURCE /* the LC_*_MASK of the categories beyond C's */
#include "abstract.h"
#include "class.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

/* The categories in the order glibc writes a composite LC_ALL name. */
static const struct {
    int id;
    int mask;
    const char *name;
} categories[] = {
    {LC_CTYPE, LC_CTYPE_MASK, "LC_CTYPE"},
    {LC_NUMERIC, LC_NUMERIC_MASK, "LC_NUMERIC"},
    {LC_TIME, LC_TIME_MASK, "LC_TIME"},
    {LC_COLLATE, LC_COLLATE_MASK, "LC_COLLATE"},
    {LC_MONETARY, LC_MONETARY_MASK, "LC_MONETARY"},
    {LC_MESSAGES, LC_MESSAGES_MASK, "LC_MESSAGES"},
    {LC_PAPER, LC_PAPER_MASK, "LC_PAPER"},
    {LC_NAME, LC_NAME_MASK, "LC_NAME"},
    {LC_ADDRESS, LC_ADDRESS_MASK, "LC_ADDRESS"},
    {LC_TELEPHONE, LC_TELEPHONE_MASK, "LC_TELEPHONE"},
    {LC_MEASUREMENT, LC_MEASUREMENT_MASK, "LC_MEASUREMENT"},
    {LC_IDENTIFICATION, LC_IDENTIFICATION_MASK, "LC_IDENTIFICATION"},
};
enum { NCAT = sizeof categories / sizeof *categories, NAME_MAX_LEN = 256 };

/* The name of each category, process-wide as the C library's are. */
static char names[NCAT][NAME_MAX_LEN];
static pthread_mutex_t names_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t names_once = PTHREAD_ONCE_INIT;

static int category_index(int id) {
    for (int i = 0; i < NCAT; i++)
        if (categories[i].id == id) return i;
    return -1;
}

/* Whether the C library knows the locale name for category i; what its
 * setlocale would return for it in *out ("POSIX" is "C"). */
static bool valid_name(int i, const char *name, char *out) {
    if (strlen(name) >= NAME_MAX_LEN) return false;
    locale_t l = newlocale(categories[i].mask, name, (locale_t)0);
    if (!l) return false;
    freelocale(l);
    strcpy(out, strcmp(name, "POSIX") == 0 ? "C" : name);
    return true;
}

/* CPython coerced the C locale: it set LC_CTYPE=C.UTF-8 in its environment. */
static bool coerced;

/* The environment's name for category i: LC_ALL, LC_<category>, LANG, "C". */
static const char *env_name(int i) {
    const char *v = getenv("LC_ALL");
    if ((!v || !*v) && coerced && categories[i].id == LC_CTYPE) return "C.UTF-8";
    if (!v || !*v) v = getenv(categories[i].name);
    if (!v || !*v) v = getenv("LANG");
    return v && *v ? v : "C";
}

static void init_names(void) {
    for (int i = 0; i < NCAT; i++) strcpy(names[i], "C");
    int ctype = category_index(LC_CTYPE);
    if (!valid_name(ctype, env_name(ctype), names[ctype])) strcpy(names[ctype], "C");
    const char *all = getenv("LC_ALL");
    if (strcmp(names[ctype], "C") == 0 && !(all && *all)) coerced = valid_name(ctype, "C.UTF-8", names[ctype]);
}

/* A locale_t with every category as named now, or NULL. */
static locale_t current_locale(void) {
    pthread_once(&names_once, init_names);
    locale_t l = (locale_t)0;
    pthread_mutex_lock(&names_lock);
    for (int i = 0; i < NCAT; i++) {
        locale_t n = newlocale(categories[i].mask, names[i], l);
        if (!n) {
            if (l) freelocale(l);
            l = (locale_t)0;
            break;
        }
        l = n;
    }
    pthread_mutex_unlock(&names_lock);
    return l;
}

/* The name setlocale(category) returns: a category's own, or for LC_ALL the
 * common one or glibc's composite "LC_CTYPE=...;LC_NUMERIC=...;...". */
static Object *query(int category) {
    pthread_mutex_lock(&names_lock);
    Object *r;
    int i = category_index(category);
    if (i >= 0) {
        r = Str_FromUTF8(names[i], -1);
    } else {
        bool same = true;
        for (int k = 1; k < NCAT; k++) same = same && strcmp(names[k], names[0]) == 0;
        StrBuilder sb;
        SB_Init(&sb);
        int e = 0;
        for (int k = 0; e == 0 && k < NCAT && (k == 0 || !same); k++) {
            if (!same)
                e = (k && SB_AppendChar(&sb, ';') < 0) || SB_AppendUTF8(&sb, categories[k].name, -1) < 0 ||
                            SB_AppendChar(&sb, '=') < 0
                        ? -1
                        : 0;
            if (e == 0) e = SB_AppendUTF8(&sb, names[k], -1);
        }
        r = e < 0 ? (SB_Discard(&sb), NULL) : SB_Finish(&sb);
    }
    pthread_mutex_unlock(&names_lock);
    return r;
}

/* Raises the module's Error (locale.Error) with msg. */
static Object *locale_error(Object *module, const char *msg) {
    Object *cls = Dict_GetStr(MODULE_DICT(module), "Error");
    Object *text = Str_FromUTF8(msg, -1);
    if (text) Err_SetObject(cls && Type_Check(cls) ? (Type *)cls : Exc_RuntimeError, text);
    XDECREF(text);
    return NULL;
}

/* Sets category i to name (or the environment's with ""): false if the C
 * library does not know it.  names_lock is held. */
static bool set_one(int i, const char *name) {
    char out[NAME_MAX_LEN];
    if (!valid_name(i, *name ? name : env_name(i), out)) return false;
    strcpy(names[i], out);
    return true;
}

/* LC_ALL set to a name, "" (the environment) or a composite name. */
static bool set_all(const char *name) {
    char saved[NCAT][NAME_MAX_LEN];
    memcpy(saved, names, sizeof names);
    bool ok = true;
    if (strchr(name, '=')) {
        char *copy = strdup(name), *save = NULL;
        ok = copy != NULL;
        for (char *item = copy ? strtok_r(copy, ";", &save) : NULL; ok && item; item = strtok_r(NULL, ";", &save)) {
            char *eq = strchr(item, '=');
            int found = -1;
            for (int i = 0; eq && i < NCAT; i++)
                if ((size_t)(eq - item) == strlen(categories[i].name) &&
                    strncmp(item, categories[i].name, (size_t)(eq - item)) == 0)
                    found = i;
            ok = found >= 0 && set_one(found, eq + 1);
        }
        free(copy);
    } else {
        for (int i = 0; ok && i < NCAT; i++) ok = set_one(i, name);
    }
    if (!ok) memcpy(names, saved, sizeof names);
    return ok;
}

static Object *locale_setlocale(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int category;
    if (Arg_AsInt(args[0], &category) < 0) return NULL;
    Object *loc = nargs > 1 && args[1] ? args[1] : OBJ_NONE;
    if (loc != OBJ_NONE && !Str_Check(loc)) {
        Err_Format(Exc_TypeError, "setlocale() argument 2 must be str or None, not %s", ARG_TYPE_NAME(loc));
        return NULL;
    }
    pthread_once(&names_once, init_names);
    bool known = category == LC_ALL || category_index(category) >= 0;
    if (loc == OBJ_NONE) return known ? query(category) : locale_error(m, "locale query failed");
    const char *name = Str_AsCString(loc);
    if (!name) return NULL;
    pthread_mutex_lock(&names_lock);
    bool ok = known && (category == LC_ALL ? set_all(name) : set_one(category_index(category), name));
    pthread_mutex_unlock(&names_lock);
    return ok ? query(category) : locale_error(m, "unsupported locale setting");
}

static Object *text(const char *s) {
    return Str_Decode(s, (ssize_t)strlen(s), "utf-8", "surrogateescape");
}

/* A grouping string as CPython lists it: the sizes up to the 0 that ends
 * it, CHAR_MAX (no further grouping) included. */
static Object *grouping_list(const char *g) {
    Object *l = List_New(0);
    for (; l && *g; g++) {
        if (List_AppendSteal(l, SMALL_FROM((unsigned char)*g)) < 0) CLEAR(l);
        if (l && (unsigned char)*g == CHAR_MAX) break;
    }
    return l;
}

static Object *locale_localeconv(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    locale_t l = current_locale();
    if (!l) return locale_error(m, "unsupported locale setting");
    locale_t saved = uselocale(l);
    struct lconv *c = localeconv();
    Object *d = Dict_New();
    struct {
        const char *key;
        Object *value;
    } items[] = {
        {"int_curr_symbol", text(c->int_curr_symbol)},
        {"currency_symbol", text(c->currency_symbol)},
        {"mon_decimal_point", text(c->mon_decimal_point)},
        {"mon_thousands_sep", text(c->mon_thousands_sep)},
        {"mon_grouping", grouping_list(c->mon_grouping)},
        {"positive_sign", text(c->positive_sign)},
        {"negative_sign", text(c->negative_sign)},
        {"int_frac_digits", SMALL_FROM(c->int_frac_digits)},
        {"frac_digits", SMALL_FROM(c->frac_digits)},
        {"p_cs_precedes", SMALL_FROM(c->p_cs_precedes)},
        {"p_sep_by_space", SMALL_FROM(c->p_sep_by_space)},
        {"n_cs_precedes", SMALL_FROM(c->n_cs_precedes)},
        {"n_sep_by_space", SMALL_FROM(c->n_sep_by_space)},
        {"p_sign_posn", SMALL_FROM(c->p_sign_posn)},
        {"n_sign_posn", SMALL_FROM(c->n_sign_posn)},
        {"decimal_point", text(c->decimal_point)},
        {"thousands_sep", text(c->thousands_sep)},
        {"grouping", grouping_list(c->grouping)},
    };
    uselocale(saved);
    freelocale(l);
    for (size_t i = 0; i < sizeof items / sizeof *items; i++) {
        if (d && (!items[i].value || Dict_SetStr(d, items[i].key, items[i].value) < 0)) CLEAR(d);
        XDECREF(items[i].value);
    }
    return d;
}

/* The keys nl_langinfo() accepts, by their names in the module. */
static const struct {
    const char *name;
    nl_item item;
} langinfo[] = {
    {"CODESET", CODESET},       {"D_T_FMT", D_T_FMT},         {"D_FMT", D_FMT},
    {"T_FMT", T_FMT},           {"T_FMT_AMPM", T_FMT_AMPM},   {"AM_STR", AM_STR},
    {"PM_STR", PM_STR},         {"DAY_1", DAY_1},             {"DAY_2", DAY_2},
    {"DAY_3", DAY_3},           {"DAY_4", DAY_4},             {"DAY_5", DAY_5},
    {"DAY_6", DAY_6},           {"DAY_7", DAY_7},             {"ABDAY_1", ABDAY_1},
    {"ABDAY_2", ABDAY_2},       {"ABDAY_3", ABDAY_3},         {"ABDAY_4", ABDAY_4},
    {"ABDAY_5", ABDAY_5},       {"ABDAY_6", ABDAY_6},         {"ABDAY_7", ABDAY_7},
    {"MON_1", MON_1},           {"MON_2", MON_2},             {"MON_3", MON_3},
    {"MON_4", MON_4},           {"MON_5", MON_5},             {"MON_6", MON_6},
    {"MON_7", MON_7},           {"MON_8", MON_8},             {"MON_9", MON_9},
    {"MON_10", MON_10},         {"MON_11", MON_11},           {"MON_12", MON_12},
    {"ABMON_1", ABMON_1},       {"ABMON_2", ABMON_2},         {"ABMON_3", ABMON_3},
    {"ABMON_4", ABMON_4},       {"ABMON_5", ABMON_5},         {"ABMON_6", ABMON_6},
    {"ABMON_7", ABMON_7},       {"ABMON_8", ABMON_8},         {"ABMON_9", ABMON_9},
    {"ABMON_10", ABMON_10},     {"ABMON_11", ABMON_11},       {"ABMON_12", ABMON_12},
    {"RADIXCHAR", RADIXCHAR},   {"THOUSEP", THOUSEP},         {"YESEXPR", YESEXPR},
    {"NOEXPR", NOEXPR},         {"CRNCYSTR", CRNCYSTR},       {"ERA", ERA},
    {"ERA_D_FMT", ERA_D_FMT},   {"ERA_D_T_FMT", ERA_D_T_FMT}, {"ERA_T_FMT", ERA_T_FMT},
    {"ALT_DIGITS", ALT_DIGITS}, {"_DATE_FMT", _DATE_FMT},
};

/* nl_langinfo(item) of the locale l, as text.  Through uselocale: a static
 * binary's nl_langinfo_l answers C.UTF-8's CODESET as ASCII. */
static Object *langinfo_text(nl_item item, locale_t l) {
    locale_t saved = uselocale(l);
    Object *r = text(nl_langinfo(item));
    uselocale(saved);
    return r;
}

static Object *locale_nl_langinfo(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int key;
    if (Arg_AsInt(args[0], &key) < 0) return NULL;
    for (size_t i = 0; i < sizeof langinfo / sizeof *langinfo; i++) {
        if ((int)langinfo[i].item != key) continue;
        locale_t l = current_locale();
        if (!l) return locale_error(m, "unsupported locale setting");
        Object *r = langinfo_text(langinfo[i].item, l);
        freelocale(l);
        return r;
    }
    Err_SetString(Exc_ValueError, "unsupported langinfo constant");
    return NULL;
}

static Object *locale_getencoding(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    locale_t l = current_locale();
    if (!l) return locale_error(m, "unsupported locale setting");
    Object *r = langinfo_text(CODESET, l);
    freelocale(l);
    return r;
}

/* A str argument as a wide string (NULL with TypeError or ValueError);
 * pos numbers it in the message (0: the only one). */
static wchar_t *wide_arg(const char *fname, int pos, Object *o) {
    if (!Str_Check(o)) {
        if (pos) Err_Format(Exc_TypeError, "%s() argument %d must be str, not %s", fname, pos, ARG_TYPE_NAME(o));
        else Err_Format(Exc_TypeError, "%s() argument must be str, not %s", fname, ARG_TYPE_NAME(o));
        return NULL;
    }
    ssize_t n = STR_LEN(o);
    wchar_t *w = malloc(sizeof(wchar_t) * ((size_t)n + 1));
    if (!w) return Err_NoMemory(), NULL;
    for (ssize_t i = 0; i < n; i++) {
        w[i] = (wchar_t)STR_CHAR(o, i);
        if (!w[i]) {
            free(w);
            Err_SetString(Exc_ValueError, "embedded null character");
            return NULL;
        }
    }
    w[n] = 0;
    return w;
}

static Object *locale_strcoll(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    wchar_t *a = wide_arg("strcoll", 1, args[0]);
    wchar_t *b = a ? wide_arg("strcoll", 2, args[1]) : NULL;
    locale_t l = b ? current_locale() : (locale_t)0;
    Object *r = NULL;
    if (l) {
        /* the C library's vectorized wcscmp, which the C locales collate
         * with, returns -1/1 or the difference depending on alignment:
         * the sign is what is meant, and what CPython shows in practice */
        int c = wcscoll_l(a, b, l);
        r = SMALL_FROM((c > 0) - (c < 0));
        freelocale(l);
    } else if (b) {
        locale_error(m, "unsupported locale setting");
    }
    free(a);
    free(b);
    return r;
}

static Object *locale_strxfrm(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    wchar_t *s = wide_arg("strxfrm", 0, args[0]);
    if (!s) return NULL;
    locale_t l = current_locale();
    Object *r = NULL;
    if (!l) {
        free(s);
        return locale_error(m, "unsupported locale setting");
    }
    size_t n = wcsxfrm_l(NULL, s, 0, l);
    wchar_t *out = malloc(sizeof(wchar_t) * (n + 1));
    if (out) {
        wcsxfrm_l(out, s, n + 1, l);
        uint32_t *cps = malloc(sizeof(uint32_t) * (n + 1));
        if (cps) {
            for (size_t i = 0; i < n; i++) cps[i] = (uint32_t)out[i];
            r = Str_FromUCS4(cps, (ssize_t)n);
            free(cps);
        } else {
            Err_NoMemory();
        }
        free(out);
    } else {
        Err_NoMemory();
    }
    freelocale(l);
    free(s);
    return r;
}

/* The message catalogs: cipy has none, so every message is its own
 * translation, as with the C library when no catalog is bound. */
static Object *locale_gettext(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return NEWREF(args[nargs - 1 - (nargs == 3)]);
}

static Object *locale_textdomain(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return args[0] == OBJ_NONE ? Str_FromUTF8("messages", -1) : NEWREF(args[0]);
}

static Object *locale_bindtextdomain(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return args[1] == OBJ_NONE ? Str_FromUTF8("/usr/share/locale", -1) : NEWREF(args[1]);
}

static Object *locale_bind_textdomain_codeset(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return NEWREF(args[1]);
}

static const MethodDef locale_functions[] = {
    {"setlocale", locale_setlocale, 0, ARGS("($module, category, locale=None, /)", "Activates/queries locale processing.")},
    {"localeconv", locale_localeconv, 0, ARGS("($module, /)", "Returns numeric and monetary locale-specific parameters.")},
    {"nl_langinfo", locale_nl_langinfo, 0,
     ARGS("($module, key, /)", "Return the value for the locale information associated with key.")},
    {"getencoding", locale_getencoding, 0, ARGS("($module, /)", "Get the current locale encoding.")},
    {"strcoll", locale_strcoll, 0, ARGS("($module, os1, os2, /)", "Compares two strings according to the locale.")},
    {"strxfrm", locale_strxfrm, 0,
     ARGS("($module, string, /)", "Return a string that can be used as a key for locale-aware comparisons.")},
    {"gettext", locale_gettext, 0, ARGS("($module, msg, /)", "gettext(msg) -> string\n\nReturn translation of msg.")},
    {"dgettext", locale_gettext, 0,
     ARGS("($module, domain, msg, /)", "dgettext(domain, msg) -> string\n\nReturn translation of msg in domain.")},
    {"dcgettext", locale_gettext, 0,
     ARGS("($module, domain, msg, category, /)", "Return translation of msg in domain and category.")},
    {"textdomain", locale_textdomain, 0,
     ARGS("($module, domain, /)", "Set the C library's textdmain to domain, returning the new domain.")},
    {"bindtextdomain", locale_bindtextdomain, 0, ARGS("($module, domain, dir, /)", "Bind the C library's domain to dir.")},
    {"bind_textdomain_codeset", locale_bind_textdomain_codeset, 0,
     ARGS("($module, domain, codeset, /)", "Bind the C library's domain to codeset.")},
    {NULL, NULL, 0, NULL},
};

int Locale_Init(Object *module) {
    static const struct {
        const char *name;
        int value;
    } constants[] = {
        {"LC_CTYPE", LC_CTYPE}, {"LC_NUMERIC", LC_NUMERIC}, {"LC_TIME", LC_TIME}, {"LC_COLLATE", LC_COLLATE},
        {"LC_MONETARY", LC_MONETARY}, {"LC_MESSAGES", LC_MESSAGES}, {"LC_ALL", LC_ALL}, {"CHAR_MAX", CHAR_MAX},
    };
    pthread_once(&names_once, init_names);
    if (Module_AddFunctions(module, locale_functions) < 0 ||
        Module_AddObjectSteal(module, "__doc__", Str_FromUTF8("Support for POSIX locales.", -1)) < 0)
        return -1;
    for (size_t i = 0; i < sizeof constants / sizeof *constants; i++)
        if (Module_AddObjectSteal(module, constants[i].name, SMALL_FROM(constants[i].value)) < 0) return -1;
    for (size_t i = 0; i < sizeof langinfo / sizeof *langinfo; i++)
        if (Module_AddObjectSteal(module, langinfo[i].name, Int_FromI64(langinfo[i].item)) < 0) return -1;
    /* locale.Error: a class of its own in each interpreter */
    Object *name = Str_FromUTF8("Error", -1), *bases = Tuple_Pack(1, (Object *)Exc_Exception), *ns = Dict_New();
    Object *mod_name = Str_FromUTF8("locale", -1);
    Object *cls = name && bases && ns && mod_name && Dict_SetStr(ns, "__module__", mod_name) == 0
                      ? Class_New(&Type_Type, name, bases, ns)
                      : NULL;
    XDECREF(name);
    XDECREF(bases);
    XDECREF(ns);
    XDECREF(mod_name);
    return Module_AddObjectSteal(module, "Error", cls);
}
