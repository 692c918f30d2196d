/* The pwd module: the password database (getpwnam_r and friends). */
#include "modules/modules.h"
#include "modules/unix_db.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include <errno.h>
#include <pthread.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const StructSeqField passwd_fields[] = {
    {"pw_name", "user name"},   {"pw_passwd", "password"},     {"pw_uid", "user id"},
    {"pw_gid", "group id"},     {"pw_gecos", "real name"},     {"pw_dir", "home directory"},
    {"pw_shell", "shell program"}, {NULL, NULL},
};
static StructSeqType passwd_type = STRUCTSEQ_TYPE(
    "pwd.struct_passwd",
    "pwd.struct_passwd: Results from getpw*() routines.\n\n"
    "This object may be accessed either as a tuple of\n"
    "  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)\n"
    "or via the object attributes as named in the above tuple.",
    passwd_fields, 7, true);

static Object *entry(const struct passwd *p) {
    Object *items[7] = {UnixDb_Str(p->pw_name),  UnixDb_Str(p->pw_passwd), UnixDb_IdObject(p->pw_uid),
                        UnixDb_IdObject(p->pw_gid), UnixDb_Str(p->pw_gecos), UnixDb_Str(p->pw_dir),
                        UnixDb_Str(p->pw_shell)};
    return StructSeq_New(&passwd_type, items);
}

/* The database, one entry at a time (a NULL entry at the end) or by name
 * or id.  A static binary cannot load the C library's NSS modules, which
 * are shared libraries: it reads /etc/passwd, as the "files" module does. */
#ifdef CIPY_STATIC
static FILE *each_begin(void) { return fopen("/etc/passwd", "re"); }
static int each_next(FILE *f, struct passwd *e, char *buf, size_t size, struct passwd **res) {
    if (!f) return *res = NULL, 0;
    int r = fgetpwent_r(f, e, buf, size, res);
    return r == ERANGE ? r : 0;
}
static void each_end(FILE *f) {
    if (f) fclose(f);
}
static int find(const char *name, uid_t id, struct passwd *e, char *buf, size_t size, struct passwd **res) {
    FILE *f = each_begin();
    int r;
    while ((r = each_next(f, e, buf, size, res)) == 0 && *res)
        if (name ? strcmp((*res)->pw_name, name) == 0 : (*res)->pw_uid == id) break;
    each_end(f);
    return r;
}
#else
static FILE *each_begin(void) {
    setpwent();
    return NULL;
}
static int each_next(FILE *f, struct passwd *e, char *buf, size_t size, struct passwd **res) {
    int r = getpwent_r(e, buf, size, res);
    return r == ERANGE ? r : 0;
}
static void each_end(FILE *f) { endpwent(); }
static int find(const char *name, uid_t id, struct passwd *e, char *buf, size_t size, struct passwd **res) {
    return name ? getpwnam_r(name, e, buf, size, res) : getpwuid_r(id, e, buf, size, res);
}
#endif

/* One lookup by uid (name NULL) or by name; *found false when absent. */
static Object *lookup(const char *name, uid_t uid, bool *found) {
    size_t size = 0;
    char *buf = NULL;
    Object *r = NULL;
    *found = false;
    for (;;) {
        if (!(buf = UnixDb_Grow(buf, &size))) return NULL;
        struct passwd pw, *res = NULL;
        int e = find(name, uid, &pw, buf, size, &res);
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

static Object *pwd_getpwuid(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    uint32_t uid;
    bool found = false;
    Object *r = NULL;
    if (UnixDb_Id(args[0], "uid", &uid) < 0) {
        if (!Err_Matches(Exc_OverflowError)) return NULL;
        Err_Clear();
        Object *msg = Str_FromUTF8("getpwuid(): uid not found", -1);
        if (msg) Err_SetObject(Exc_KeyError, msg);
        XDECREF(msg);
        return NULL;
    }
    r = lookup(NULL, (uid_t)uid, &found);
    if (!found && !Err_Occurred()) {
        Object *msg = Str_FromFormat("getpwuid(): uid not found: %lld", uid == (uint32_t)-1 ? -1LL : (long long)uid);
        if (msg) Err_SetObject(Exc_KeyError, msg);
        XDECREF(msg);
    }
    return r;
}

static Object *pwd_getpwnam(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    if (!Str_Check(args[0])) {
        Err_Format(Exc_TypeError, "getpwnam() argument must be str, not %s", TYPE_NAME(args[0]));
        return NULL;
    }
    Object *b = UnixDb_Name(args[0]);
    if (!b) return NULL;
    bool found = false;
    Object *r = lookup((const char *)BYTES_DATA(b), 0, &found);
    DECREF(b);
    if (!found && !Err_Occurred()) {
        Object *msg = Str_FromFormat("getpwnam(): name not found: %R", args[0]);
        if (msg) Err_SetObject(Exc_KeyError, msg);
        XDECREF(msg);
    }
    return r;
}

/* The iteration of getpwent is the process's: one at a time. */
static pthread_mutex_t pwent_lock = PTHREAD_MUTEX_INITIALIZER;

static Object *pwd_getpwall(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Object *list = List_New(0);
    size_t size = 0;
    char *buf = list ? UnixDb_Grow(NULL, &size) : NULL;
    if (!buf) {
        XDECREF(list);
        return NULL;
    }
    pthread_mutex_lock(&pwent_lock);
    FILE *f = each_begin();
    for (;;) {
        struct passwd pw, *res = NULL;
        int e = each_next(f, &pw, buf, size, &res);
        if (e == ERANGE) {
            if (!(buf = UnixDb_Grow(buf, &size))) break;
            continue;
        }
        if (!res) break;
        if (List_AppendSteal(list, entry(res)) < 0) break;
    }
    each_end(f);
    pthread_mutex_unlock(&pwent_lock);
    free(buf);
    if (Err_Occurred()) CLEAR(list);
    return list;
}

static const MethodDef pwd_functions[] = {
    {"getpwuid", pwd_getpwuid, 0,
     ARGS("($module, uidobj, /)", "Return the password database entry for the given numeric user ID.\n\n"
                                  "See `help(pwd)` for more on password database entries.")},
    {"getpwnam", pwd_getpwnam, 0,
     ARGS("($module, name, /)", "Return the password database entry for the given user name.\n\n"
                                "See `help(pwd)` for more on password database entries.")},
    {"getpwall", pwd_getpwall, 0,
     ARGS("($module, /)", "Return a list of all available password database entries, in arbitrary order.\n\n"
                          "See help(pwd) for more on password database entries.")},
    {NULL, NULL, 0, NULL},
};

Type *const Pwd_Types[] = {&passwd_type.type, NULL};

int Pwd_Ready(void) { return StructSeq_Ready(&passwd_type); }

int Pwd_Init(Object *module) {
    static const char doc[] =
        "This module provides access to the Unix password database.\n"
        "It is available on all Unix versions.\n\n"
        "Password database entries are reported as 7-tuples containing the following\n"
        "items from the password database (see `<pwd.h>'), in order:\n"
        "pw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.\n"
        "The uid and gid items are integers, all others are strings. An\n"
        "exception is raised if the entry asked for cannot be found.";
    if (Module_AddFunctions(module, pwd_functions) < 0 ||
        Module_AddObjectSteal(module, "__doc__", Str_FromUTF8(doc, -1)) < 0)
        return -1;
    return Module_AddObject(module, "struct_passwd", (Object *)&passwd_type);
}
