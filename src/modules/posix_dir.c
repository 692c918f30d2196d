/* posix: the working directory, listdir(), and scandir() with its
 * ScandirIterator and DirEntry objects. */
#include "abstract.h"
#include "modules/posix.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/typing.h"
#include "runtime/args.h"
#include "runtime/audit.h"
#include "runtime/err.h"
#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- the working directory --------------------------------------------------- */

static Object *cwd(bool as_bytes) {
    for (size_t cap = PATH_MAX;; cap *= 2) {
        char *buf = malloc(cap);
        if (!buf) return Err_NoMemory();
        if (getcwd(buf, cap)) {
            Object *r = as_bytes ? Bytes_From(buf, (ssize_t)strlen(buf)) : Posix_DecodeFS(buf, -1);
            free(buf);
            return r;
        }
        free(buf);
        if (errno != ERANGE) return Posix_Error();
    }
}

static Object *posix_getcwd(Object *m, Object *const *args, size_t nargs, Object *kwnames) { return cwd(false); }
static Object *posix_getcwdb(Object *m, Object *const *args, size_t nargs, Object *kwnames) { return cwd(true); }

static Object *posix_chdir(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    PathArg p = PATH_ARG("chdir", "path", true, false);
    Object *result = NULL;
    if (Path_Convert(args[0], &p) == 0 && Audit_Eventf("os.chdir", "O", p.object) == 0) {
        int r = p.narrow ? chdir(p.narrow) : fchdir(p.fd);
        result = r < 0 ? Path_Error(&p) : NEWREF(OBJ_NONE);
    }
    Path_Release(&p);
    return result;
}

static Object *posix_fchdir(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int fd, r;
    if (Posix_Fd(args[0], &fd) < 0 || Audit_Eventf("os.chdir", "i", fd) < 0) return NULL;
    POSIX_RETRY(r, fchdir(fd));
    return r < 0 ? Posix_Error() : NEWREF(OBJ_NONE);
}

/* ---- opening a directory ------------------------------------------------------ */

/* Opens the directory of p ("." for None); a descriptor is duplicated so
 * that closedir leaves the caller's open, and rewound.  NULL with the
 * OSError set. */
static DIR *open_dir(const PathArg *p) {
    DIR *d;
    if (p->narrow || !p->object) {
        d = opendir(p->narrow ? p->narrow : ".");
    } else {
        int fd = dup(p->fd);
        d = fd < 0 ? NULL : fdopendir(fd);
        if (!d && fd >= 0) {
            int e = errno;
            close(fd);
            errno = e;
        }
        if (d) rewinddir(d);
    }
    if (!d) {
        if (p->narrow) Path_Error(p);
        else Posix_Error();   /* CPython names no descriptor here */
    }
    return d;
}

static bool dot_or_dotdot(const char *n) { return n[0] == '.' && (!n[1] || (n[1] == '.' && !n[2])); }

static Object *posix_listdir(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    PathArg p = PATH_ARG("listdir", "path", true, true);
    Object *list = NULL;
    DIR *d = NULL;
    if (Path_Convert(args[0], &p) < 0 || Audit_Eventf("os.listdir", "O", p.object) < 0 || !(d = open_dir(&p)))
        goto done;
    if (!(list = List_New(0))) goto done;
    for (;;) {
        errno = 0;
        struct dirent *e = readdir(d);
        if (!e) {
            if (errno) {
                Path_Error(&p);
                CLEAR(list);
            }
            break;
        }
        if (dot_or_dotdot(e->d_name)) continue;
        if (List_AppendSteal(list, Path_Name(&p, e->d_name, -1)) < 0) {
            CLEAR(list);
            break;
        }
    }
done:
    if (d) closedir(d);
    Path_Release(&p);
    return list;
}

/* ---- DirEntry --------------------------------------------------------------------- */

typedef struct DirEntry {
    Object ob;
    Object *name, *path;  /* str or bytes, owned */
    Object *stat, *lstat; /* cached stat_result, or NULL */
    unsigned char d_type;
    ino_t ino;
    int dir_fd;           /* scandir(fd): names are relative to it; else -1 */
} DirEntry;

static void dirent_dealloc(Object *o) {
    DirEntry *e = (DirEntry *)o;
    CLEAR(e->name);
    CLEAR(e->path);
    CLEAR(e->stat);
    CLEAR(e->lstat);
    Obj_Free(o);
}

static int dirent_traverse(Object *o, VisitFn visit, void *arg) {
    DirEntry *e = (DirEntry *)o;
    if (e->stat && visit(e->stat, arg)) return 1;
    if (e->lstat && visit(e->lstat, arg)) return 1;
    return 0;
}

/* stat or lstat of the entry (new reference), by its path, or by its name
 * relative to the directory descriptor of scandir(fd). */
static Object *dirent_fetch_stat(DirEntry *e, bool follow) {
    PathArg p = PATH_ARG("stat", "path", false, false);
    if (Path_Convert(e->path, &p) < 0) {
        Path_Release(&p);
        return NULL;
    }
    struct stat st;
    int r = e->dir_fd >= 0 ? fstatat(e->dir_fd, p.narrow, &st, follow ? 0 : AT_SYMLINK_NOFOLLOW)
                           : (follow ? stat(p.narrow, &st) : lstat(p.narrow, &st));
    Object *result = r < 0 ? Path_Error(&p) : Stat_ResultNew(&st);
    Path_Release(&p);
    return result;
}

static Object *dirent_get_lstat(DirEntry *e) {
    if (!e->lstat) e->lstat = dirent_fetch_stat(e, false);
    return e->lstat ? NEWREF(e->lstat) : NULL;
}

/* 1, 0, or -1 on error. */
static int dirent_test_symlink(DirEntry *e) {
    if (e->d_type != DT_UNKNOWN) return e->d_type == DT_LNK;
    Object *st = dirent_get_lstat(e);
    if (!st) return -1;
    int64_t mode = 0;
    int r = Int_AsI64(TUPLE_GET(st, 0), &mode);
    DECREF(st);
    return r < 0 ? -1 : S_ISLNK(mode);
}

static Object *dirent_get_stat(DirEntry *e, bool follow) {
    if (!follow) return dirent_get_lstat(e);
    if (!e->stat) {
        int link = dirent_test_symlink(e);
        if (link < 0) return NULL;
        e->stat = link ? dirent_fetch_stat(e, true) : dirent_get_lstat(e);
    }
    return e->stat ? NEWREF(e->stat) : NULL;
}

/* Whether the entry is of type mode_bits (S_IFDIR, S_IFREG): from d_type
 * when it tells, else from stat; a missing file is neither. */
static Object *dirent_test_mode(DirEntry *e, Object *follow_arg, unsigned mode_bits) {
    int follow = Posix_Bool(follow_arg, true);
    if (follow < 0) return NULL;
    if (e->d_type != DT_UNKNOWN && !(follow && e->d_type == DT_LNK))
        return NEWREF(Bool_From(mode_bits == S_IFDIR ? e->d_type == DT_DIR : e->d_type == DT_REG));
    Object *st = dirent_get_stat(e, follow);
    if (!st) {
        if (!Err_Matches(Exc_FileNotFoundError)) return NULL;
        Err_Clear();
        return NEWREF(OBJ_FALSE);
    }
    int64_t mode = 0;
    int r = Int_AsI64(TUPLE_GET(st, 0), &mode);
    DECREF(st);
    return r < 0 ? NULL : NEWREF(Bool_From(((unsigned)mode & S_IFMT) == mode_bits));
}

static Object *dirent_is_dir(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return dirent_test_mode((DirEntry *)self, args[0], S_IFDIR);
}

static Object *dirent_is_file(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return dirent_test_mode((DirEntry *)self, args[0], S_IFREG);
}

static Object *dirent_is_symlink(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    int r = dirent_test_symlink((DirEntry *)self);
    return r < 0 ? NULL : NEWREF(Bool_From(r));
}

static Object *dirent_is_junction(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return NEWREF(OBJ_FALSE);
}

static Object *dirent_stat(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    int follow = Posix_Bool(args[0], true);
    return follow < 0 ? NULL : dirent_get_stat((DirEntry *)self, follow);
}

static Object *dirent_inode(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Int_FromU64(((DirEntry *)self)->ino);
}

static Object *dirent_fspath(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return NEWREF(((DirEntry *)self)->path);
}

static Object *dirent_repr(Object *self) { return Str_FromFormat("<DirEntry %R>", ((DirEntry *)self)->name); }

static Object *dirent_name(Object *self) { return NEWREF(((DirEntry *)self)->name); }
static Object *dirent_path(Object *self) { return NEWREF(((DirEntry *)self)->path); }

static const MethodDef dirent_methods[] = {
    {"is_dir", dirent_is_dir, 0,
     ARGS("($self, /, *, follow_symlinks=True)", "Return True if the entry is a directory; cached per entry.")},
    {"is_file", dirent_is_file, 0,
     ARGS("($self, /, *, follow_symlinks=True)", "Return True if the entry is a file; cached per entry.")},
    {"is_symlink", dirent_is_symlink, 0,
     ARGS("($self, /)", "Return True if the entry is a symbolic link; cached per entry.")},
    {"is_junction", dirent_is_junction, 0,
     ARGS("($self, /)", "Return True if the entry is a junction; cached per entry.")},
    {"stat", dirent_stat, 0,
     ARGS("($self, /, *, follow_symlinks=True)", "Return stat_result object for the entry; cached per entry.")},
    {"inode", dirent_inode, 0, ARGS("($self, /)", "Return inode of the entry; cached per entry.")},
    {"__fspath__", dirent_fspath, 0, ARGS("($self, /)", "Returns the path for the entry.")},
    METHOD_CLASS_GETITEM("DirEntry is generic over the type of the path (str or bytes)"),
    {NULL, NULL, 0, NULL},
};

static const GetSetDef dirent_getset[] = {
    {"name", dirent_name, NULL, "the entry's base filename, relative to scandir() \"path\" argument"},
    {"path", dirent_path, NULL, "the entry's full path name; equivalent to\nos.path.join(scandir_path, entry.name)"},
    {NULL, NULL, NULL, NULL},
};

Type DirEntry_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "posix.DirEntry",
    .basicsize = sizeof(DirEntry),
    .flags = TPFLAG_GC,
    .dealloc = dirent_dealloc,
    .repr = dirent_repr,
    .traverse = dirent_traverse,
    .methods = dirent_methods,
    .getset = dirent_getset,
};

/* ---- scandir ------------------------------------------------------------------------ */

typedef struct ScandirIter {
    Object ob;
    DIR *dir;          /* NULL once exhausted or closed */
    PathArg path;      /* what scandir() was given */
    Object *prefix;    /* path joined with "/" before names (str or bytes); NULL for an fd */
} ScandirIter;

static void scandir_close(ScandirIter *it) {
    if (it->dir) closedir(it->dir);
    it->dir = NULL;
}

static void scandir_dealloc(Object *o) {
    ScandirIter *it = (ScandirIter *)o;
    scandir_close(it);
    Path_Release(&it->path);
    CLEAR(it->prefix);
    Obj_Free(o);
}

static Object *make_entry(ScandirIter *it, const struct dirent *d) {
    DirEntry *e = (DirEntry *)Obj_Alloc(&DirEntry_Type, sizeof(DirEntry));
    if (!e) return NULL;
    e->d_type = d->d_type;
    e->ino = d->d_ino;
    e->dir_fd = it->prefix ? -1 : it->path.fd;
    e->name = Path_Name(&it->path, d->d_name, -1);
    if (e->name) e->path = !it->prefix                                               ? NEWREF(e->name)
                           : Str_CheckExact(it->prefix) && Str_CheckExact(e->name) ? Str_Concat(it->prefix, e->name)
                                                                                     : Obj_BinaryOp(it->prefix, e->name, NB_ADD);
    if (!e->path) CLEAR(e);
    return (Object *)e;
}

static Object *scandir_next(Object *self) {
    ScandirIter *it = (ScandirIter *)self;
    while (it->dir) {
        errno = 0;
        struct dirent *d = readdir(it->dir);
        if (!d) {
            int e = errno;
            scandir_close(it);
            if (e) {
                errno = e;
                return Path_Error(&it->path);
            }
            return NULL;
        }
        if (!dot_or_dotdot(d->d_name)) return make_entry(it, d);
    }
    return NULL;
}

static Object *scandir_close_method(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    scandir_close((ScandirIter *)self);
    return NEWREF(OBJ_NONE);
}

static Object *scandir_enter(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return NEWREF(self);
}

static Object *scandir_exit(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    scandir_close((ScandirIter *)self);
    return NEWREF(OBJ_NONE);
}

static const MethodDef scandir_methods[] = {
    {"close", scandir_close_method, 0, ARGS("($self, /)", NULL)},
    {"__enter__", scandir_enter, 0, ARGS("($self, /)", NULL)},
    {"__exit__", scandir_exit, 0, ARGS_F(ARG_NO_TEXT_SIG, "($self, /, *args)", NULL)},
    {NULL, NULL, 0, NULL},
};

Type ScandirIter_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "posix.ScandirIterator",
    .basicsize = sizeof(ScandirIter),
    .dealloc = scandir_dealloc,
    .iter = Iter_Self,
    .iternext = scandir_next,
    .methods = scandir_methods,
};

static Object *posix_scandir(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    ScandirIter *it = (ScandirIter *)Obj_Alloc(&ScandirIter_Type, sizeof(ScandirIter));
    if (!it) return NULL;
    it->path = (PathArg)PATH_ARG("scandir", "path", true, true);
    if (Path_Convert(args[0], &it->path) < 0 || Audit_Eventf("os.scandir", "O", it->path.object) < 0 ||
        !(it->dir = open_dir(&it->path)))
        goto fail;
    if (it->path.narrow || !it->path.object) {
        Object *base = it->path.object ? it->path.object : Str_FromUTF8(".", 1);
        if (!base) goto fail;
        if (!it->path.object) it->path.object = base;
        ssize_t n = Str_Check(base) ? STR_LEN(base) : BYTES_LEN(base);
        bool slash = n > 0 && (Str_Check(base) ? STR_CHAR(base, n - 1) == '/' : BYTES_DATA(base)[n - 1] == '/');
        Object *sep = Str_Check(base) ? Str_FromUTF8("/", slash ? 0 : 1) : Bytes_From("/", slash ? 0 : 1);
        it->prefix = sep ? Obj_BinaryOp(base, sep, NB_ADD) : NULL;
        XDECREF(sep);
        if (!it->prefix) goto fail;
    }
    return (Object *)it;
fail:
    DECREF((Object *)it);
    return NULL;
}

const MethodDef PosixDir_Functions[] = {
    {"getcwd", posix_getcwd, 0,
     ARGS("($module, /)", "Return a unicode string representing the current working directory.")},
    {"getcwdb", posix_getcwdb, 0,
     ARGS("($module, /)", "Return a bytes string representing the current working directory.")},
    {"chdir", posix_chdir, 0, ARGS("($module, /, path)", "Change the current working directory to the specified path.")},
    {"fchdir", posix_fchdir, 0, ARGS("($module, /, fd)", "Change to the directory of the given file descriptor.")},
    {"listdir", posix_listdir, 0,
     ARGS("($module, /, path=None)", "Return a list containing the names of the files in the directory.")},
    {"scandir", posix_scandir, 0, ARGS("($module, /, path=None)", "Return an iterator of DirEntry objects for given path.")},
    {NULL, NULL, 0, NULL},
};
