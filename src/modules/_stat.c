/* The _stat module, the C half of stat (lib/stat.py): the file type and
 * permission bits of st_mode, their tests, and filemode(). */
#include "abstract.h"
#include "modules/modules.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include <limits.h>
#include <sys/stat.h>

/* A mode argument, as CPython converts it to mode_t. */
static int mode_arg(Object *o, unsigned long *out) {
    Object *i = Obj_Index(o);
    if (!i) return -1;
    int sign = Int_Sign(i);
    int64_t v = 0;
    int r = sign < 0 ? -1 : Int_AsI64(i, &v);
    DECREF(i);
    if (sign < 0) {
        Err_SetString(Exc_OverflowError, "can't convert negative value to unsigned int");
        return -1;
    }
    if (r < 0 || (uint64_t)v > UINT_MAX) {
        if (r < 0 && !Err_Matches(Exc_OverflowError)) return -1;
        Err_Clear();
        Err_SetString(Exc_OverflowError, r < 0 ? "Python int too large to convert to C unsigned long"
                                               : "mode out of range");
        return -1;
    }
    *out = (unsigned long)v;
    return 0;
}

#define TYPE_TEST(name, bits)                                                                 \
    static Object *stat_##name(Object *m, Object *const *args, size_t nargs, Object *kw) {    \
        unsigned long mode;                                                                   \
        if (mode_arg(args[0], &mode) < 0) return NULL;                                        \
        return NEWREF(Bool_From((bits) != 0 && (mode & S_IFMT) == (unsigned long)(bits)));   \
    }
TYPE_TEST(S_ISDIR, S_IFDIR)
TYPE_TEST(S_ISCHR, S_IFCHR)
TYPE_TEST(S_ISBLK, S_IFBLK)
TYPE_TEST(S_ISREG, S_IFREG)
TYPE_TEST(S_ISFIFO, S_IFIFO)
TYPE_TEST(S_ISLNK, S_IFLNK)
TYPE_TEST(S_ISSOCK, S_IFSOCK)
TYPE_TEST(S_ISDOOR, 0)   /* Solaris doors, event ports, BSD whiteouts: never here */
TYPE_TEST(S_ISPORT, 0)
TYPE_TEST(S_ISWHT, 0)

static Object *stat_S_IMODE(Object *m, Object *const *args, size_t nargs, Object *kw) {
    unsigned long mode;
    if (mode_arg(args[0], &mode) < 0) return NULL;
    return Int_FromI64((int64_t)(mode & 07777));
}

static Object *stat_S_IFMT(Object *m, Object *const *args, size_t nargs, Object *kw) {
    unsigned long mode;
    if (mode_arg(args[0], &mode) < 0) return NULL;
    return Int_FromI64((int64_t)(mode & S_IFMT));
}

static char type_char(unsigned long mode) {
    switch (mode & S_IFMT) {
    case S_IFREG: return '-';
    case S_IFDIR: return 'd';
    case S_IFLNK: return 'l';
    case S_IFCHR: return 'c';
    case S_IFBLK: return 'b';
    case S_IFIFO: return 'p';
    case S_IFSOCK: return 's';
    default: return '?';
    }
}

/* "-rwxr-xr-x": the type, then read, write and execute for owner, group and
 * others; set-uid, set-gid and sticky show in the execute places. */
static Object *stat_filemode(Object *m, Object *const *args, size_t nargs, Object *kw) {
    unsigned long mode;
    if (mode_arg(args[0], &mode) < 0) return NULL;
    static const struct {
        unsigned long r, w, x, special;
        char on, off;
    } who[3] = {{S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, 's', 'S'},
                {S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, 's', 'S'},
                {S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, 't', 'T'}};
    char buf[10], *p = buf;
    *p++ = type_char(mode);
    for (int i = 0; i < 3; i++) {
        *p++ = mode & who[i].r ? 'r' : '-';
        *p++ = mode & who[i].w ? 'w' : '-';
        if (mode & who[i].special)
            *p++ = mode & who[i].x ? who[i].on : who[i].off;
        else
            *p++ = mode & who[i].x ? 'x' : '-';
    }
    return Str_FromUTF8(buf, 10);
}

#define TEST_DEF(name, what) \
    {#name, stat_##name, 0, ARGS("($self, object, /)", #name "(mode) -> bool\n\nReturn True if mode is from " what ".")}
static const MethodDef stat_functions[] = {
    TEST_DEF(S_ISDIR, "a directory"),
    TEST_DEF(S_ISCHR, "a character special device file"),
    TEST_DEF(S_ISBLK, "a block special device file"),
    TEST_DEF(S_ISREG, "a regular file"),
    TEST_DEF(S_ISFIFO, "a FIFO (named pipe)"),
    TEST_DEF(S_ISLNK, "a symbolic link"),
    TEST_DEF(S_ISSOCK, "a socket"),
    TEST_DEF(S_ISDOOR, "a door"),
    TEST_DEF(S_ISPORT, "an event port"),
    TEST_DEF(S_ISWHT, "a whiteout"),
    {"S_IMODE", stat_S_IMODE, 0,
     ARGS("($self, object, /)", "Return the portion of the file's mode that can be set by os.chmod().")},
    {"S_IFMT", stat_S_IFMT, 0,
     ARGS("($self, object, /)", "Return the portion of the file's mode that describes the file type.")},
    {"filemode", stat_filemode, 0,
     ARGS("($self, object, /)", "Convert a file's mode to a string of the form '-rwxrwxrwx'")},
    {NULL, NULL, 0, NULL},
};

typedef struct StatConst {
    const char *name;
    int64_t value;
} StatConst;

/* In CPython's order.  The BSD and macOS flags have CPython's values on
 * every system. */
static const StatConst stat_constants[] = {
    {"S_IFDIR", S_IFDIR},   {"S_IFCHR", S_IFCHR},   {"S_IFBLK", S_IFBLK},       {"S_IFREG", S_IFREG},
    {"S_IFIFO", S_IFIFO},   {"S_IFLNK", S_IFLNK},   {"S_IFSOCK", S_IFSOCK},     {"S_IFDOOR", 0},
    {"S_IFPORT", 0},        {"S_IFWHT", 0},         {"S_ISUID", S_ISUID},       {"S_ISGID", S_ISGID},
    {"S_ISVTX", S_ISVTX},   {"S_ENFMT", S_ISGID},   {"S_IREAD", S_IRUSR},       {"S_IWRITE", S_IWUSR},
    {"S_IEXEC", S_IXUSR},   {"S_IRWXU", S_IRWXU},   {"S_IRUSR", S_IRUSR},       {"S_IWUSR", S_IWUSR},
    {"S_IXUSR", S_IXUSR},   {"S_IRWXG", S_IRWXG},   {"S_IRGRP", S_IRGRP},       {"S_IWGRP", S_IWGRP},
    {"S_IXGRP", S_IXGRP},   {"S_IRWXO", S_IRWXO},   {"S_IROTH", S_IROTH},       {"S_IWOTH", S_IWOTH},
    {"S_IXOTH", S_IXOTH},   {"UF_SETTABLE", 0xffff}, {"UF_NODUMP", 1},          {"UF_IMMUTABLE", 2},
    {"UF_APPEND", 4},       {"UF_OPAQUE", 8},       {"UF_NOUNLINK", 0x10},      {"UF_COMPRESSED", 0x20},
    {"UF_TRACKED", 0x40},   {"UF_DATAVAULT", 0x80}, {"UF_HIDDEN", 0x8000},      {"SF_SETTABLE", 0xffff0000},
    {"SF_ARCHIVED", 0x10000}, {"SF_IMMUTABLE", 0x20000}, {"SF_APPEND", 0x40000}, {"SF_NOUNLINK", 0x100000},
    {"SF_SNAPSHOT", 0x200000}, {"SF_FIRMLINK", 0x800000}, {"SF_DATALESS", 0x40000000},
    {"ST_MODE", 0}, {"ST_INO", 1}, {"ST_DEV", 2}, {"ST_NLINK", 3}, {"ST_UID", 4}, {"ST_GID", 5}, {"ST_SIZE", 6},
    {"ST_ATIME", 7}, {"ST_MTIME", 8}, {"ST_CTIME", 9},
    {NULL, 0},
};

int Stat_Init(Object *module) {
    for (const StatConst *c = stat_constants; c->name; c++)
        if (Module_AddObjectSteal(module, c->name, Int_FromI64(c->value)) < 0) return -1;
    return Module_AddFunctions(module, stat_functions);
}
