/* The grp module: the group database (getgrnam_r and friends). */
#define _GNU_SOURCE /* getgrent_r */
#include "modules/modules.h"
#include "modules/unix_db.h"
#include "objects/bytes.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include <errno.h>
#include <grp.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const StructSeqField group_fields[] = {
    {"gr_name", "group name"}, {"gr_passwd", "password"}, {"gr_gid", "group id"}, {"gr_mem", "group members"},
    {NULL, NULL},
};
static StructSeqType group_type = STRUCTSEQ_TYPE(
    "grp.struct_group",
    "grp.struct_group: Results from getgr*() routines.\n\n"
    "This object may be accessed either as a tuple of\n"
    "  (gr_name,gr_passwd,gr_gid,gr_mem)\n"
    "or via the object attributes as named in the above tuple.\n",
    group_fields, 4, true);

static Object *entry(const struct group *g) {
    Object *members = List_New(0);
    for (char *const *p = g->gr_mem; members && p && *p; p++)
        if (List_AppendSteal(members, UnixDb_Str(*p)) < 0) CLEAR(members);
    Object *items[4] = {UnixDb_Str(g->gr_name), UnixDb_Str(g->gr_passwd), UnixDb_IdObject(g->gr_gid), members};
    return StructSeq_New(&group_type, items);
}

/* The database, one entry at a time (a NULL entry at the end) or by name
 * or id.  A static binary cannot load the C library's NSS modules, which
 * are shared libraries: it reads /etc/group, as the "files" module does. */
#ifdef CIPY_STATIC
static FILE *each_begin(void) { return fopen("/etc/group", "re"); }
static int each_next(FILE *f, struct group *e, char *buf, size_t size, struct group **res) {
    if (!f) return *res = NULL, 0;
    int r = fgetgrent_r(f, e, buf, size, res);
    return r == ERANGE ? r : 0;
}
static void each_end(FILE *f) {
    if (f) fclose(f);
}
static int find(const char *name, gid_t id, struct group *e, char *buf, size_t size, struct group **res) {
    FILE *f = each_begin();
    int r;
    while ((r = each_next(f, e, buf, size, res)) == 0 && *res)
        if (name ? strcmp((*res)->gr_name, name) == 0 : (*res)->gr_gid == id) break;
    each_end(f);
    return r;
}
#else
static FILE *each_begin(void) {
    setgrent();
    return NULL;
}
static int each_next(FILE *f, struct group *e, char *buf, size_t size, struct group **res) {
    int r = getgrent_r(e, buf, size, res);
    return r == ERANGE ? r : 0;
}
static void each_end(FILE *f) { endgrent(); }
static int find(const char *name, gid_t id, struct group *e, char *buf, size_t size, struct group **res) {
    return name ? getgrnam_r(name, e, buf, size, res) : getgrgid_r(id, e, buf, size, res);
}
#endif

/* One lookup by gid (name NULL) or by name; *found false when absent. */
static Object *lookup(const char *name, gid_t gid, bool *found) {
    size_t size = 0;
    char *buf = NULL;
    Object *r = NULL;
    *found = false;
    for (;;) {
        if (!(buf = UnixDb_Grow(buf, &size))) return NULL;
        struct group gr, *res = NULL;
        int e = find(name, gid, &gr, buf, size, &res);
        if (e == ERANGE) continue;
        if (res) {
            *found = true;
            r = entry(res);
        }
        break;
    }
    free(buf);
    return r;
}

static Object *grp_getgrgid(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    uint32_t gid;
    bool found = false;
    if (UnixDb_Id(args[0], "gid", &gid) < 0) return NULL;
    Object *r = lookup(NULL, (gid_t)gid, &found);
    if (!found && !Err_Occurred()) {
        Object *msg = Str_FromFormat("getgrgid(): gid not found: %lld", gid == (uint32_t)-1 ? -1LL : (long long)gid);
        if (msg) Err_SetObject(Exc_KeyError, msg);
        XDECREF(msg);
    }
    return r;
}

static Object *grp_getgrnam(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    if (!Str_Check(args[0])) {
        Err_Format(Exc_TypeError, "getgrnam() argument 'name' must be str, not %s", ARG_TYPE_NAME(args[0]));
        return NULL;
    }
    Object *b = UnixDb_Name(args[0]);
    if (!b) return NULL;
    bool found = false;
    Object *r = lookup((const char *)BYTES_DATA(b), 0, &found);
    DECREF(b);
    if (!found && !Err_Occurred()) {
        Object *msg = Str_FromFormat("getgrnam(): name not found: %R", args[0]);
        if (msg) Err_SetObject(Exc_KeyError, msg);
        XDECREF(msg);
    }
    return r;
}

/* The iteration of getgrent is the process's: one at a time. */
static pthread_mutex_t grent_lock = PTHREAD_MUTEX_INITIALIZER;

static Object *grp_getgrall(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Object *list = List_New(0);
    size_t size = 0;
    char *buf = list ? UnixDb_Grow(NULL, &size) : NULL;
    if (!buf) {
        XDECREF(list);
        return NULL;
    }
    pthread_mutex_lock(&grent_lock);
    FILE *f = each_begin();
    for (;;) {
        struct group gr, *res = NULL;
        int e = each_next(f, &gr, buf, size, &res);
        if (e == ERANGE) {
            if (!(buf = UnixDb_Grow(buf, &size))) break;
            continue;
        }
        if (!res) break;
        if (List_AppendSteal(list, entry(res)) < 0) break;
    }
    each_end(f);
    pthread_mutex_unlock(&grent_lock);
    free(buf);
    if (Err_Occurred()) CLEAR(list);
    return list;
}

static const MethodDef grp_functions[] = {
    {"getgrgid", grp_getgrgid, 0,
     ARGS("($module, /, id)", "Return the group database entry for the given numeric group ID.\n\n"
                              "If id is not valid, raise KeyError.")},
    {"getgrnam", grp_getgrnam, 0,
     ARGS("($module, /, name)", "Return the group database entry for the given group name.\n\n"
                                "If name is not valid, raise KeyError.")},
    {"getgrall", grp_getgrall, 0,
     ARGS("($module, /)", "Return a list of all available group entries, in arbitrary order.\n\n"
                          "An entry whose name starts with '+' or '-' represents an instruction\n"
                          "to use YP/NIS and may not be accessible via getgrnam or getgrgid.")},
    {NULL, NULL, 0, NULL},
};

Type *const Grp_Types[] = {&group_type.type, NULL};

int Grp_Ready(void) { return StructSeq_Ready(&group_type); }

int Grp_Init(Object *module) {
    static const char doc[] =
        "Access to the Unix group database.\n\n"
        "Group entries are reported as 4-tuples containing the following fields\n"
        "from the group database, in order:\n\n"
        "  gr_name   - name of the group\n"
        "  gr_passwd - group password (encrypted); often empty\n"
        "  gr_gid    - numeric ID of the group\n"
        "  gr_mem    - list of members\n\n"
        "The gid is an integer, name and password are strings.  (Note that most\n"
        "users are not explicitly listed as members of the groups they are in\n"
        "according to the password database.  Check both databases to get\n"
        "complete membership information.)";
    if (Module_AddFunctions(module, grp_functions) < 0 ||
        Module_AddObjectSteal(module, "__doc__", Str_FromUTF8(doc, -1)) < 0)
        return -1;
    return Module_AddObject(module, "struct_group", (Object *)&group_type);
}
