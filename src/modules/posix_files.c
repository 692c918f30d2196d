/* posix: what changes the file system by name: mkdir, remove, rename,
 * links, permissions and owners, times, access, truncate. */
#include "abstract.h"
#include "modules/posix.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/audit.h"
#include "runtime/err.h"
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

/* The skeleton of every function of one path and a dir_fd: converts them,
 * raises the audit event (with mode between them when mode is not NULL),
 * calls op (0 or -1 with errno), and reports the path on failure. */
typedef int PathOp(const PathArg *p, int dir_fd, const void *extra);

static Object *path_call(const char *func, const char *event, const int *mode, Object *path, Object *dir_fd_arg,
                         PathOp *op, const void *extra) {
    PathArg p = PATH_ARG(func, "path", false, false);
    int dir_fd;
    Object *result = NULL;
    if (Path_Convert(path, &p) == 0 && Posix_DirFd(dir_fd_arg, &dir_fd) == 0 &&
        (mode ? Audit_Eventf(event, "Oii", p.object, *mode, AUDIT_DIR_FD(dir_fd))
              : Audit_Eventf(event, "Oi", p.object, AUDIT_DIR_FD(dir_fd))) == 0)
        result = op(&p, dir_fd, extra) < 0 ? Path_Error(&p) : NEWREF(OBJ_NONE);
    Path_Release(&p);
    return result;
}

static int op_mkdir(const PathArg *p, int dir_fd, const void *mode) {
    return mkdirat(dir_fd, p->narrow, *(const int *)mode);
}

static Object *posix_mkdir(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int mode = 0777;
    if (args[1] && Posix_Int(args[1], &mode) < 0) return NULL;
    return path_call("mkdir", "os.mkdir", &mode, args[0], args[2], op_mkdir, &mode);
}

/* mkfifo(path, mode=0o666, *, dir_fd=None): its error names no file, as CPython's */
static Object *posix_mkfifo(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    PathArg p = PATH_ARG("mkfifo", "path", false, false);
    int mode = 0666, dir_fd, r;
    Object *result = NULL;
    if ((!args[1] || Posix_Int(args[1], &mode) == 0) && Path_Convert(args[0], &p) == 0 &&
        Posix_DirFd(args[2], &dir_fd) == 0) {
        POSIX_RETRY(r, mkfifoat(dir_fd, p.narrow, (mode_t)mode));
        result = r < 0 ? Posix_Error() : NEWREF(OBJ_NONE);
    }
    Path_Release(&p);
    return result;
}

static int op_unlink(const PathArg *p, int dir_fd, const void *flags) {
    return unlinkat(dir_fd, p->narrow, *(const int *)flags);
}

static Object *posix_remove(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    static const int flags = 0;
    return path_call("remove", "os.remove", NULL, args[0], args[1], op_unlink, &flags);
}

static Object *posix_unlink(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    static const int flags = 0;
    return path_call("unlink", "os.remove", NULL, args[0], args[1], op_unlink, &flags);
}

static Object *posix_rmdir(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    static const int flags = AT_REMOVEDIR;
    return path_call("rmdir", "os.rmdir", NULL, args[0], args[1], op_unlink, &flags);
}

/* ---- two paths ---------------------------------------------------------------- */

/* rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None), replace() and
 * link(): the error names both paths. */
static Object *two_paths(const char *func, Object *const *args, int kind, bool follow) {
    PathArg src = PATH_ARG(func, "src", false, false), dst = PATH_ARG(func, "dst", false, false);
    int src_dir, dst_dir, r = 0;
    Object *result = NULL;
    if (Path_Convert(args[0], &src) < 0 || Path_Convert(args[1], &dst) < 0 || Posix_DirFd(args[2], &src_dir) < 0 ||
        Posix_DirFd(args[3], &dst_dir) < 0 ||
        Audit_Eventf(kind == 'r' ? "os.rename" : "os.link", "OOii", src.object, dst.object, AUDIT_DIR_FD(src_dir),
                     AUDIT_DIR_FD(dst_dir)) < 0)
        goto done;
    if (kind == 'r')
        r = renameat(src_dir, src.narrow, dst_dir, dst.narrow);
    else
        r = linkat(src_dir, src.narrow, dst_dir, dst.narrow, follow ? AT_SYMLINK_FOLLOW : 0);
    result = r < 0 ? Path_Error2(&src, &dst) : NEWREF(OBJ_NONE);
done:
    Path_Release(&src);
    Path_Release(&dst);
    return result;
}

static Object *posix_rename(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return two_paths("rename", args, 'r', true);
}

static Object *posix_replace(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return two_paths("replace", args, 'r', true);
}

static Object *posix_link(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int follow = Posix_Bool(args[4], true);
    return follow < 0 ? NULL : two_paths("link", args, 'l', follow);
}

/* symlink(src, dst, target_is_directory=False, *, dir_fd=None) */
static Object *posix_symlink(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    PathArg src = PATH_ARG("symlink", "src", false, false), dst = PATH_ARG("symlink", "dst", false, false);
    int dir_fd;
    Object *result = NULL;
    if (Path_Convert(args[0], &src) < 0 || Path_Convert(args[1], &dst) < 0 || Posix_DirFd(args[3], &dir_fd) < 0 ||
        Audit_Eventf("os.symlink", "OOi", src.object, dst.object, AUDIT_DIR_FD(dir_fd)) < 0)
        goto done;
    result = symlinkat(src.narrow, dir_fd, dst.narrow) < 0 ? Path_Error2(&src, &dst) : NEWREF(OBJ_NONE);
done:
    Path_Release(&src);
    Path_Release(&dst);
    return result;
}

static Object *posix_readlink(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    PathArg p = PATH_ARG("readlink", "path", false, false);
    int dir_fd;
    Object *result = NULL;
    if (Path_Convert(args[0], &p) < 0 || Posix_DirFd(args[1], &dir_fd) < 0) goto done;
    for (size_t cap = 256;; cap *= 2) {
        char *buf = malloc(cap);
        if (!buf) {
            Err_NoMemory();
            break;
        }
        ssize_t n = readlinkat(dir_fd, p.narrow, buf, cap);
        if (n >= 0 && (size_t)n < cap) result = Path_Name(&p, buf, n);
        free(buf);
        if (n < 0) result = Path_Error(&p);
        if (n < 0 || (size_t)n < cap) break;
    }
done:
    Path_Release(&p);
    return result;
}

/* ---- permissions and owners ---------------------------------------------------- */

/* chmod(path, mode, *, dir_fd=None, follow_symlinks=True) */
static Object *posix_chmod(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    PathArg p = PATH_ARG("chmod", "path", true, false);
    int mode, dir_fd, r;
    Object *result = NULL;
    if (Path_Convert(args[0], &p) < 0 || Posix_Int(args[1], &mode) < 0 || Posix_DirFd(args[2], &dir_fd) < 0)
        goto done;
    int follow = Posix_Bool(args[3], true);
    if (follow < 0 || Audit_Eventf("os.chmod", "Oii", p.object, mode, AUDIT_DIR_FD(dir_fd)) < 0) goto done;
    if (!p.narrow)
        POSIX_RETRY(r, fchmod(p.fd, (mode_t)mode));
    else
        r = fchmodat(dir_fd, p.narrow, (mode_t)mode, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    result = r < 0 ? Path_Error(&p) : NEWREF(OBJ_NONE);
done:
    Path_Release(&p);
    return result;
}

static Object *posix_fchmod(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int fd, mode, r;
    if (Posix_Fd(args[0], &fd) < 0 || Posix_Int(args[1], &mode) < 0 ||
        Audit_Eventf("os.chmod", "iii", fd, mode, -1) < 0)
        return NULL;
    POSIX_RETRY(r, fchmod(fd, (mode_t)mode));
    return r < 0 ? Posix_Error() : NEWREF(OBJ_NONE);
}

/* chown(path, uid, gid, *, dir_fd=None, follow_symlinks=True), lchown(path, uid, gid) */
static Object *do_chown(const char *func, Object *const *args, Object *dir_fd_arg, bool follow) {
    PathArg p = PATH_ARG(func, "path", func[0] == 'c', false);
    unsigned uid, gid;
    int dir_fd, r;
    Object *result = NULL;
    if (Path_Convert(args[0], &p) < 0 || Posix_Id(args[1], "uid", &uid) < 0 || Posix_Id(args[2], "gid", &gid) < 0 ||
        Posix_DirFd(dir_fd_arg, &dir_fd) < 0 ||
        Audit_Eventf("os.chown", "OKKi", p.object, (unsigned long long)uid, (unsigned long long)gid,
                     AUDIT_DIR_FD(dir_fd)) < 0)
        goto done;
    if (!p.narrow)
        POSIX_RETRY(r, fchown(p.fd, uid, gid));
    else
        r = fchownat(dir_fd, p.narrow, uid, gid, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    result = r < 0 ? Path_Error(&p) : NEWREF(OBJ_NONE);
done:
    Path_Release(&p);
    return result;
}

static Object *posix_chown(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int follow = Posix_Bool(args[4], true);
    return follow < 0 ? NULL : do_chown("chown", args, args[3], follow);
}

static Object *posix_lchown(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return do_chown("lchown", args, NULL, false);
}

static Object *posix_fchown(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int fd, r;
    unsigned uid, gid;
    if (Posix_Fd(args[0], &fd) < 0 || Posix_Id(args[1], "uid", &uid) < 0 || Posix_Id(args[2], "gid", &gid) < 0 ||
        Audit_Eventf("os.chown", "iKKi", fd, (unsigned long long)uid, (unsigned long long)gid, -1) < 0)
        return NULL;
    POSIX_RETRY(r, fchown(fd, uid, gid));
    return r < 0 ? Posix_Error() : NEWREF(OBJ_NONE);
}

/* ---- times ------------------------------------------------------------------- */

/* A time in seconds (int or float) as a timespec, rounded down. */
static int seconds_to_timespec(Object *o, struct timespec *ts) {
    if (Float_Check(o)) {
        double d = Float_AsDouble(o), f = floor(d);
        if (isnan(d)) {
            Err_SetString(Exc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        if (!(f >= -0x1p63 && f < 0x1p63)) {
            Err_SetString(Exc_OverflowError, "timestamp out of range for platform time_t");
            return -1;
        }
        long ns = (long)floor((d - f) * 1e9);
        if (ns >= 1000000000) ns = 999999999;
        ts->tv_sec = (time_t)f;
        ts->tv_nsec = ns;
        return 0;
    }
    if (!Int_Check(o)) {
        Err_Format(Exc_TypeError, "argument must be int or float, not %s", TYPE_NAME(o));
        return -1;
    }
    int64_t v;
    if (Posix_I64(o, &v) < 0) return -1;
    ts->tv_sec = (time_t)v;
    ts->tv_nsec = 0;
    return 0;
}

/* Nanoseconds (an int) as a timespec. */
static int ns_int_to_timespec(Object *o, struct timespec *ts);
static int ns_to_timespec(Object *o, struct timespec *ts) {
    Object *i = Obj_Index(o);
    if (!i) return -1;
    int r = ns_int_to_timespec(i, ts);
    DECREF(i);
    return r;
}

static int ns_int_to_timespec(Object *o, struct timespec *ts) {
    Object *g = Int_FromI64(1000000000);
    Object *qr = g ? Obj_BinaryOp(o, g, NB_FLOOR_DIVIDE) : NULL;
    Object *rem = qr ? Obj_BinaryOp(o, g, NB_REMAINDER) : NULL;
    XDECREF(g);
    int64_t sec = 0, nsec = 0;
    int r = qr && rem && Int_AsI64(qr, &sec) == 0 && Int_AsI64(rem, &nsec) == 0 ? 0 : -1;
    XDECREF(qr);
    XDECREF(rem);
    ts->tv_sec = (time_t)sec;
    ts->tv_nsec = (long)nsec;
    return r;
}

static bool is_pair(Object *o) { return o && Tuple_Check(o) && TUPLE_LEN(o) == 2; }

/* utime(path, times=None, *, ns, dir_fd=None, follow_symlinks=True) */
static Object *posix_utime(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Object *times = args[1] == OBJ_NONE ? NULL : args[1], *ns = args[2];
    struct timespec ts[2];
    if (times && ns) {
        Err_SetString(Exc_ValueError, "utime: you may specify either 'times' or 'ns' but not both");
        return NULL;
    }
    if (times) {
        if (!is_pair(times)) {
            Err_SetString(Exc_TypeError, "utime: 'times' must be either a tuple of two ints or None");
            return NULL;
        }
        if (seconds_to_timespec(TUPLE_GET(times, 0), &ts[0]) < 0 ||
            seconds_to_timespec(TUPLE_GET(times, 1), &ts[1]) < 0)
            return NULL;
    } else if (ns) {
        if (!is_pair(ns)) {
            Err_SetString(Exc_TypeError, "utime: 'ns' must be a tuple of two ints");
            return NULL;
        }
        if (ns_to_timespec(TUPLE_GET(ns, 0), &ts[0]) < 0 || ns_to_timespec(TUPLE_GET(ns, 1), &ts[1]) < 0) return NULL;
    } else {
        ts[0].tv_sec = ts[1].tv_sec = 0;
        ts[0].tv_nsec = ts[1].tv_nsec = UTIME_NOW;
    }
    PathArg p = PATH_ARG("utime", "path", true, false);
    int dir_fd, r;
    Object *result = NULL;
    int follow = Posix_Bool(args[4], true);
    if (follow < 0 || Path_Convert(args[0], &p) < 0 || Posix_DirFd(args[3], &dir_fd) < 0 ||
        Audit_Eventf("os.utime", "OOOi", p.object, times, ns, AUDIT_DIR_FD(dir_fd)) < 0)
        goto done;
    if (!p.narrow)
        r = futimens(p.fd, ts);
    else
        r = utimensat(dir_fd, p.narrow, ts, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    result = r < 0 ? Path_Error(&p) : NEWREF(OBJ_NONE);
done:
    Path_Release(&p);
    return result;
}

/* ---- access, truncate ------------------------------------------------------------ */

/* access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True) */
static Object *posix_access(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    PathArg p = PATH_ARG("access", "path", false, false);
    int mode, dir_fd;
    Object *result = NULL;
    if (Path_Convert(args[0], &p) < 0 || Posix_Int(args[1], &mode) < 0 || Posix_DirFd(args[2], &dir_fd) < 0)
        goto done;
    int effective = Posix_Bool(args[3], false), follow = Posix_Bool(args[4], true);
    if (effective < 0 || follow < 0) goto done;
    int flags = (effective ? AT_EACCESS : 0) | (follow ? 0 : AT_SYMLINK_NOFOLLOW);
    result = NEWREF(Bool_From(faccessat(dir_fd, p.narrow, mode, flags) == 0));
done:
    Path_Release(&p);
    return result;
}

/* truncate(path, length): path may be a descriptor. */
static Object *posix_truncate(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    PathArg p = PATH_ARG("truncate", "path", true, false);
    int64_t length;
    int r;
    Object *result = NULL;
    if (Path_Convert(args[0], &p) < 0 || Posix_I64(args[1], &length) < 0 ||
        Audit_Eventf("os.truncate", "OL", p.object, (long long)length) < 0)
        goto done;
    if (!p.narrow)
        POSIX_RETRY(r, ftruncate(p.fd, (off_t)length));
    else
        r = truncate(p.narrow, (off_t)length);
    result = r < 0 ? Path_Error(&p) : NEWREF(OBJ_NONE);
done:
    Path_Release(&p);
    return result;
}

const MethodDef PosixFiles_Functions[] = {
    {"mkdir", posix_mkdir, 0, ARGS("($module, /, path, mode=511, *, dir_fd=None)", "Create a directory.")},
    {"mkfifo", posix_mkfifo, 0,
     ARGS("($module, /, path, mode=438, *, dir_fd=None)", "Create a \"fifo\" (a POSIX named pipe).")},
    {"remove", posix_remove, 0, ARGS("($module, /, path, *, dir_fd=None)", "Remove a file (same as unlink()).")},
    {"unlink", posix_unlink, 0, ARGS("($module, /, path, *, dir_fd=None)", "Remove a file (same as remove()).")},
    {"rmdir", posix_rmdir, 0, ARGS("($module, /, path, *, dir_fd=None)", "Remove a directory.")},
    {"rename", posix_rename, 0,
     ARGS("($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)", "Rename a file or directory.")},
    {"replace", posix_replace, 0,
     ARGS("($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)",
          "Rename a file or directory, overwriting the destination.")},
    {"link", posix_link, 0,
     ARGS("($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None,\n     follow_symlinks=(os.name != 'nt'))",
          "Create a hard link to a file.")},
    {"symlink", posix_symlink, 0,
     ARGS("($module, /, src, dst, target_is_directory=False, *, dir_fd=None)",
          "Create a symbolic link pointing to src named dst.")},
    {"readlink", posix_readlink, 0,
     ARGS("($module, /, path, *, dir_fd=None)",
          "Return a string representing the path to which the symbolic link points.")},
    {"chmod", posix_chmod, 0,
     ARGS("($module, /, path, mode, *, dir_fd=None,\n      follow_symlinks=(os.name != 'nt'))",
          "Change the access permissions of a file.")},
    {"fchmod", posix_fchmod, 0,
     ARGS("($module, /, fd, mode)", "Change the access permissions of the file given by file descriptor fd.")},
    {"chown", posix_chown, 0,
     ARGS("($module, /, path, uid, gid, *, dir_fd=None, follow_symlinks=True)",
          "Change the owner and group id of path to the numeric uid and gid.")},
    {"lchown", posix_lchown, 0,
     ARGS("($module, /, path, uid, gid)", "Change the owner and group id of path to the numeric uid and gid.")},
    {"fchown", posix_fchown, 0,
     ARGS("($module, /, fd, uid, gid)", "Change the owner and group id of the file specified by file descriptor.")},
    {"utime", posix_utime, 0,
     ARGS("($module, /, path, times=None, *, ns=<unrepresentable>,\n      dir_fd=None, follow_symlinks=True)",
          "Set the access and modified time of path.")},
    {"access", posix_access, 0,
     ARGS("($module, /, path, mode, *, dir_fd=None, effective_ids=False,\n       follow_symlinks=True)",
          "Use the real uid/gid to test for access to a path.")},
    {"truncate", posix_truncate, 0,
     ARGS("($module, /, path, length)", "Truncate a file, specified by path, to a specific length.")},
    {NULL, NULL, 0, NULL},
};
