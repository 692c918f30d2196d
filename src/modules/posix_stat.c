/* posix: os.stat_result and stat(), lstat(), fstat(). */
#include "abstract.h"
#include "modules/posix.h"
#include "objects/float.h"
#include "objects/int.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

static const StructSeqField stat_fields[] = {
    {"st_mode", "protection bits"},
    {"st_ino", "inode"},
    {"st_dev", "device"},
    {"st_nlink", "number of hard links"},
    {"st_uid", "user ID of owner"},
    {"st_gid", "group ID of owner"},
    {"st_size", "total size, in bytes"},
    /* the int times, items 7 to 9, have no names: st_atime and friends are the floats */
    {StructSeq_UnnamedField, "integer time of last access"},
    {StructSeq_UnnamedField, "integer time of last modification"},
    {StructSeq_UnnamedField, "integer time of last change"},
    {"st_atime", "time of last access"},
    {"st_mtime", "time of last modification"},
    {"st_ctime", "time of last change"},
    {"st_atime_ns", "time of last access in nanoseconds"},
    {"st_mtime_ns", "time of last modification in nanoseconds"},
    {"st_ctime_ns", "time of last change in nanoseconds"},
    {"st_blksize", "blocksize for filesystem I/O"},
    {"st_blocks", "number of blocks allocated"},
    {"st_rdev", "device type (if inode device)"},
    {NULL, NULL},
};

enum { STAT_NSEQ = 10, STAT_NFIELDS = 19, STAT_FLOAT_TIMES = 10 };

/* os.stat_result(sequence, dict=None): the float times default to the
 * int ones when left out. */
static Object *stat_result_new(Type *type, Object *const *args, size_t nargs, Object *kwnames) {
    Object *o = StructSeq_TypeNew(type, args, nargs, kwnames);
    if (!o) return NULL;
    for (int i = 7; i < 10; i++) {
        Object **f = &TUPLE_ITEMS(o)[i + 3];
        if (*f == OBJ_NONE) SETREF(*f, NEWREF(TUPLE_ITEMS(o)[i]));
    }
    return o;
}

StructSeqType Stat_ResultType = {
    .type = {.ob = OBJ_HEAD_INIT(&Type_Type),
             .name = "os.stat_result",
             .doc = "stat_result: Result from stat, fstat, or lstat.\n\n"
                    "This object may be accessed either as a tuple of\n"
                    "  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\n"
                    "or via the attributes st_mode, st_ino, st_dev, st_nlink, and so on.\n\n"
                    "Posix/windows: If your platform supports st_blksize, st_blocks, st_rdev,\n"
                    "or st_flags, they are available as attributes only.\n\n"
                    "See os.stat for more information.",
             .basicsize = sizeof(Tuple),
             .flags = TPFLAG_GC,
             .base = &Tuple_Type,
             .dealloc = StructSeq_Dealloc,
             .traverse = StructSeq_Traverse,
             .repr = StructSeq_Repr,
             .methods = StructSeq_Methods,
             .new_ = stat_result_new},
    .fields = stat_fields,
    .n_in_sequence = STAT_NSEQ,
    .creatable = true,
};

/* sec * 10**9 + nsec as an int, exact whatever the size. */
static Object *time_ns(int64_t sec, long nsec) {
    int64_t ns;
    if (!__builtin_mul_overflow(sec, (int64_t)1000000000, &ns) && !__builtin_add_overflow(ns, (int64_t)nsec, &ns))
        return Int_FromI64(ns);
    Object *s = Int_FromI64(sec), *g = Int_FromI64(1000000000), *n = Int_FromI64(nsec);
    Object *p = s && g ? Obj_BinaryOp(s, g, NB_MULTIPLY) : NULL;
    Object *r = p && n ? Obj_BinaryOp(p, n, NB_ADD) : NULL;
    XDECREF(s);
    XDECREF(g);
    XDECREF(n);
    XDECREF(p);
    return r;
}

Object *Stat_ResultNew(const struct stat *st) {
    const struct timespec *ts[3] = {&st->st_atim, &st->st_mtim, &st->st_ctim};
    Object *items[STAT_NFIELDS] = {
        Int_FromU64(st->st_mode), Int_FromU64(st->st_ino),   Int_FromU64(st->st_dev),
        Int_FromU64(st->st_nlink), Int_FromU64(st->st_uid),  Int_FromU64(st->st_gid),
        Int_FromI64(st->st_size),
    };
    for (int i = 0; i < 3; i++) {
        items[7 + i] = Int_FromI64(ts[i]->tv_sec);
        items[STAT_FLOAT_TIMES + i] = Float_From((double)ts[i]->tv_sec + (double)ts[i]->tv_nsec * 1e-9);
        items[13 + i] = time_ns(ts[i]->tv_sec, ts[i]->tv_nsec);
    }
    items[16] = Int_FromI64(st->st_blksize);
    items[17] = Int_FromI64(st->st_blocks);
    items[18] = Int_FromU64(st->st_rdev);
    return StructSeq_New(&Stat_ResultType, items);
}

/* stat(path, *, dir_fd=None, follow_symlinks=True) and lstat (follow false). */
static Object *do_stat(const char *func, Object *path, Object *dir_fd_arg, bool follow) {
    PathArg p = PATH_ARG(func, "path", func[0] == 's', false);   /* lstat takes no descriptor */
    int dir_fd;
    struct stat st;
    int r;
    Object *result = NULL;
    if (Path_Convert(path, &p) < 0 || Posix_DirFd(dir_fd_arg, &dir_fd) < 0) goto done;
    if (p.object && !p.narrow) {
        if (dir_fd != AT_FDCWD) {
            Err_Format(Exc_ValueError, "%s: can't specify dir_fd without matching path", func);
            goto done;
        }
        if (!follow) {
            Err_Format(Exc_ValueError, "%s: cannot use fd and follow_symlinks together", func);
            goto done;
        }
    }
    if (!p.narrow) {
        POSIX_RETRY(r, fstat(p.fd, &st));
    } else if (dir_fd != AT_FDCWD || !follow) {
        r = fstatat(dir_fd, p.narrow, &st, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    } else {
        r = stat(p.narrow, &st);
    }
    result = r < 0 ? Path_Error(&p) : Stat_ResultNew(&st);
done:
    Path_Release(&p);
    return result;
}

static Object *posix_stat(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int follow = Posix_Bool(args[2], true);
    return follow < 0 ? NULL : do_stat("stat", args[0], args[1], follow);
}

static Object *posix_lstat(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return do_stat("lstat", args[0], args[1], false);
}

static Object *posix_fstat(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int fd, r;
    if (Posix_Fd(args[0], &fd) < 0) return NULL;
    struct stat st;
    POSIX_RETRY(r, fstat(fd, &st));
    return r < 0 ? Posix_Error() : Stat_ResultNew(&st);
}

const MethodDef PosixStat_Functions[] = {
    {"stat", posix_stat, 0,
     ARGS("($module, /, path, *, dir_fd=None, follow_symlinks=True)", "Perform a stat system call on the given path.")},
    {"lstat", posix_lstat, 0,
     ARGS("($module, /, path, *, dir_fd=None)",
          "Perform a stat system call on the given path, without following symbolic links.")},
    {"fstat", posix_fstat, 0,
     ARGS("($module, /, fd)", "Perform a stat system call on the given file descriptor.")},
    {NULL, NULL, 0, NULL},
};
