/* posix: file descriptors: open, read, write, close, lseek, pipe, dup,
 * their flags (inheritable, blocking), sync and truncate. */
#define _GNU_SOURCE
#include "abstract.h"
#include "modules/posix.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/audit.h"
#include "runtime/buffer.h"
#include "runtime/err.h"
#include <fcntl.h>
#include <stdlib.h>
#include <sys/sendfile.h>
#include <sys/uio.h>
#include <unistd.h>

/* open(path, flags, mode=511, *, dir_fd=None): never inheritable (PEP 446). */
static Object *posix_open(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    PathArg p = PATH_ARG("open", "path", false, false);
    int flags, mode = 0777, dir_fd, fd;
    Object *result = NULL;
    if (Path_Convert(args[0], &p) < 0 || Posix_Int(args[1], &flags) < 0 || (args[2] && Posix_Int(args[2], &mode) < 0) ||
        Posix_DirFd(args[3], &dir_fd) < 0)
        goto done;
    flags |= O_CLOEXEC;
    Object *event[3] = {args[0], OBJ_NONE, SMALL_FROM(flags)};
    if (Audit_EventArgs("open", 3, event) < 0) goto done;
    POSIX_RETRY(fd, openat(dir_fd, p.narrow, flags, mode));
    result = fd < 0 ? Path_Error(&p) : Int_FromI64(fd);
done:
    Path_Release(&p);
    return result;
}

static Object *posix_close(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int fd;
    if (Posix_Fd(args[0], &fd) < 0) return NULL;
    /* not retried: on Linux the descriptor is gone even when close reports EINTR */
    if (close(fd) < 0 && errno != EINTR) return Posix_Error();
    return NEWREF(OBJ_NONE);
}

static Object *posix_closerange(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int lo, hi;
    if (Posix_Fd(args[0], &lo) < 0 || Posix_Fd(args[1], &hi) < 0) return NULL;
    for (int fd = lo < 0 ? 0 : lo; fd < hi; fd++) close(fd);
    return NEWREF(OBJ_NONE);
}

static Object *posix_read(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int fd;
    int64_t length;
    if (Posix_Fd(args[0], &fd) < 0 || Posix_I64(args[1], &length) < 0) return NULL;
    if (length < 0) {
        errno = EINVAL;
        return Posix_Error();
    }
    Object *b = Bytes_From(NULL, length);
    if (!b) return NULL;
    ssize_t n;
    POSIX_RETRY(n, read(fd, BYTES_DATA(b), (size_t)length));
    if (n < 0) {
        DECREF(b);
        return Posix_Error();
    }
    if (n == length) return b;
    Object *r = Bytes_From(BYTES_DATA(b), n);
    DECREF(b);
    return r;
}

/* write(fd, data) and pwrite(fd, data, offset) hold a counted export of
 * data: signal handlers may run between tries. */
static Object *posix_write(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int fd;
    BufferView v;
    ssize_t n;
    if (Posix_Fd(args[0], &fd) < 0 || Buffer_Get(args[1], &v, BUFFER_SIMPLE) < 0) return NULL;
    POSIX_RETRY(n, write(fd, v.buf, (size_t)v.len));
    Buffer_Release(&v);
    return n < 0 ? Posix_Error() : Int_FromI64(n);
}

static Object *posix_pread(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int fd;
    int64_t length, offset;
    if (Posix_Fd(args[0], &fd) < 0 || Posix_I64(args[1], &length) < 0 || Posix_I64(args[2], &offset) < 0)
        return NULL;
    if (length < 0) {
        errno = EINVAL;
        return Posix_Error();
    }
    Object *b = Bytes_From(NULL, length);
    if (!b) return NULL;
    ssize_t n;
    POSIX_RETRY(n, pread(fd, BYTES_DATA(b), (size_t)length, (off_t)offset));
    if (n < 0) {
        DECREF(b);
        return Posix_Error();
    }
    if (n == length) return b;
    Object *r = Bytes_From(BYTES_DATA(b), n);
    DECREF(b);
    return r;
}

static Object *posix_pwrite(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int fd;
    BufferView v;
    ssize_t n;
    int64_t offset;
    if (Posix_Fd(args[0], &fd) < 0 || Buffer_Get(args[1], &v, BUFFER_SIMPLE) < 0) return NULL;
    if (Posix_I64(args[2], &offset) < 0) {
        Buffer_Release(&v);
        return NULL;
    }
    POSIX_RETRY(n, pwrite(fd, v.buf, (size_t)v.len, (off_t)offset));
    Buffer_Release(&v);
    return n < 0 ? Posix_Error() : Int_FromI64(n);
}

static Object *posix_lseek(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int fd, how;
    int64_t pos;
    if (Posix_Fd(args[0], &fd) < 0 || Posix_I64(args[1], &pos) < 0 || Posix_Int(args[2], &how) < 0) return NULL;
    off_t r = lseek(fd, (off_t)pos, how);
    return r < 0 ? Posix_Error() : Int_FromI64(r);
}

static Object *posix_pipe(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) < 0) return Posix_Error();
    Object *r = Tuple_New(2);
    if (!r) {
        close(fds[0]);
        close(fds[1]);
        return NULL;
    }
    TUPLE_ITEMS(r)[0] = SMALL_FROM(fds[0]);
    TUPLE_ITEMS(r)[1] = SMALL_FROM(fds[1]);
    return r;
}

static Object *posix_dup(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int fd;
    if (Posix_Fd(args[0], &fd) < 0) return NULL;
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    return r < 0 ? Posix_Error() : Int_FromI64(r);
}

static Object *posix_dup2(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int fd, fd2;
    if (Posix_Fd(args[0], &fd) < 0 || Posix_Fd(args[1], &fd2) < 0) return NULL;
    int inheritable = Posix_Bool(args[2], true);
    if (inheritable < 0) return NULL;
    int r;
    if (fd == fd2 || inheritable)
        POSIX_RETRY(r, dup2(fd, fd2));
    else
        POSIX_RETRY(r, dup3(fd, fd2, O_CLOEXEC));
    return r < 0 ? Posix_Error() : Int_FromI64(r);
}

static Object *posix_isatty(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int fd;
    if (Posix_Fd(args[0], &fd) < 0) return NULL;
    return NEWREF(Bool_From(isatty(fd)));
}

/* fcntl flags: get one bit, or set/clear it. */
static int fd_flag(int fd, int get, int set, int bit, int *value) {
    int flags = fcntl(fd, get);
    if (flags < 0) return -1;
    if (!value) return (flags & bit) != 0;
    int nflags = *value ? flags | bit : flags & ~bit;
    return nflags == flags ? 0 : fcntl(fd, set, nflags);
}

static Object *posix_get_inheritable(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int fd;
    if (Posix_Fd(args[0], &fd) < 0) return NULL;
    int r = fd_flag(fd, F_GETFD, F_SETFD, FD_CLOEXEC, NULL);
    return r < 0 ? Posix_Error() : NEWREF(Bool_From(!r));
}

static Object *posix_set_inheritable(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int fd, inheritable;
    if (Posix_Fd(args[0], &fd) < 0 || Posix_Int(args[1], &inheritable) < 0) return NULL;
    int cloexec = !inheritable;
    return fd_flag(fd, F_GETFD, F_SETFD, FD_CLOEXEC, &cloexec) < 0 ? Posix_Error() : NEWREF(OBJ_NONE);
}

static Object *posix_get_blocking(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int fd;
    if (Posix_Fd(args[0], &fd) < 0) return NULL;
    int r = fd_flag(fd, F_GETFL, F_SETFL, O_NONBLOCK, NULL);
    return r < 0 ? Posix_Error() : NEWREF(Bool_From(!r));
}

static Object *posix_set_blocking(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int fd;
    if (Posix_Fd(args[0], &fd) < 0) return NULL;
    int blocking = Obj_IsTrue(args[1]);
    if (blocking < 0) return NULL;
    int nonblock = !blocking;
    return fd_flag(fd, F_GETFL, F_SETFL, O_NONBLOCK, &nonblock) < 0 ? Posix_Error() : NEWREF(OBJ_NONE);
}

static Object *posix_ftruncate(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int fd, r;
    int64_t length;
    if (Posix_Fd(args[0], &fd) < 0 || Posix_I64(args[1], &length) < 0 ||
        Audit_Eventf("os.truncate", "iL", fd, (long long)length) < 0)
        return NULL;
    POSIX_RETRY(r, ftruncate(fd, (off_t)length));
    return r < 0 ? Posix_Error() : NEWREF(OBJ_NONE);
}

/* fsync(fd) / fdatasync(fd): fd may be an object with fileno(). */
static Object *sync_fd(Object *o, int (*fn)(int)) {
    int fd, r;
    Object *num = NULL;
    if (!Index_Check(o)) {
        if (!Obj_HasAttrC(o, "fileno")) {
            Err_SetString(Exc_TypeError, "argument must be an int, or have a fileno() method.");
            return NULL;
        }
        num = Obj_CallMethodC(o, "fileno", NULL, 0);
        if (!num) return NULL;
        o = num;
    }
    r = Posix_Fd(o, &fd);
    XDECREF(num);
    if (r < 0) return NULL;
    POSIX_RETRY(r, fn(fd));
    return r < 0 ? Posix_Error() : NEWREF(OBJ_NONE);
}

static Object *posix_fsync(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return sync_fd(args[0], fsync);
}

static Object *posix_fdatasync(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return sync_fd(args[0], fdatasync);
}

static Object *posix_lockf(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int fd, cmd, r;
    int64_t len;
    if (Posix_Fd(args[0], &fd) < 0 || Posix_Int(args[1], &cmd) < 0 || Posix_I64(args[2], &len) < 0) return NULL;
    POSIX_RETRY(r, lockf(fd, cmd, (off_t)len));
    return r < 0 ? Posix_Error() : NEWREF(OBJ_NONE);
}

/* posix_fallocate and posix_fadvise return the error number instead of
 * setting errno. */
static Object *posix_posix_fallocate(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int fd, e;
    int64_t off, len;
    if (Posix_Fd(args[0], &fd) < 0 || Posix_I64(args[1], &off) < 0 || Posix_I64(args[2], &len) < 0) return NULL;
    while ((e = posix_fallocate(fd, (off_t)off, (off_t)len)) == EINTR)
        if (Posix_CheckSignals() < 0) return NULL;
    errno = e;
    return e ? Posix_Error() : NEWREF(OBJ_NONE);
}

static Object *posix_posix_fadvise(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int fd, advice, e;
    int64_t off, len;
    if (Posix_Fd(args[0], &fd) < 0 || Posix_I64(args[1], &off) < 0 || Posix_I64(args[2], &len) < 0 ||
        Posix_Int(args[3], &advice) < 0)
        return NULL;
    while ((e = posix_fadvise(fd, (off_t)off, (off_t)len, advice)) == EINTR)
        if (Posix_CheckSignals() < 0) return NULL;
    errno = e;
    return e ? Posix_Error() : NEWREF(OBJ_NONE);
}

/* The buffers of readv/writev as iovecs (bytearrays must be writable for
 * readv).  NULL on error; *count set. */
static struct iovec *iovecs(Object *buffers, bool writable, Object **seq, ssize_t *count) {
    Type *t = TYPE(buffers);
    if (!t->getitem || (t->flags & TPFLAG_MAPPING)) {   /* a sequence, as CPython asks */
        Err_SetString(Exc_TypeError, writable ? "readv() arg 2 must be a sequence" : "writev() arg 2 must be a sequence");
        *seq = NULL;
        return NULL;
    }
    *seq = List_FromIterable(buffers);
    if (!*seq) return NULL;
    *count = LIST_LEN(*seq);
    struct iovec *iov = malloc(((size_t)*count + 1) * sizeof *iov);
    if (!iov) {
        Err_NoMemory();
        return NULL;
    }
    for (ssize_t i = 0; i < *count; i++) {
        Object *b = LIST_GET(*seq, i);
        const uint8_t *data;
        ssize_t len;
        int found = writable ? Buffer_PeekWritable(b, (uint8_t **)&data, &len) : Buffer_Peek(b, &data, &len);
        if (found <= 0) {
            if (found == 0) Err_Format(Exc_TypeError, "a bytes-like object is required, not '%s'", TYPE_NAME(b));
            free(iov);
            return NULL;
        }
        iov[i].iov_base = (void *)data;
        iov[i].iov_len = (size_t)len;
    }
    return iov;
}

static Object *vector_io(Object *const *args, bool reading) {
    int fd;
    if (Posix_Fd(args[0], &fd) < 0) return NULL;
    Object *seq = NULL;
    ssize_t count = 0, n;
    struct iovec *iov = iovecs(args[1], reading, &seq, &count);
    Object *result = NULL;
    if (iov) {
        if (reading)
            POSIX_RETRY(n, readv(fd, iov, (int)count));
        else
            POSIX_RETRY(n, writev(fd, iov, (int)count));
        result = n < 0 ? Posix_Error() : Int_FromI64(n);
        free(iov);
    }
    XDECREF(seq);
    return result;
}

static Object *posix_readv(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return vector_io(args, true);
}

static Object *posix_writev(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return vector_io(args, false);
}

/* sendfile(out_fd, in_fd, offset, count): offset None reads from in_fd's position. */
static Object *posix_sendfile(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int out_fd, in_fd;
    int64_t offset = 0, count;
    if (Posix_Fd(args[0], &out_fd) < 0 || Posix_Fd(args[1], &in_fd) < 0 ||
        (args[2] != OBJ_NONE && Posix_I64(args[2], &offset) < 0) || Posix_I64(args[3], &count) < 0)
        return NULL;
    off_t off = (off_t)offset;
    ssize_t n;
    POSIX_RETRY(n, sendfile(out_fd, in_fd, args[2] == OBJ_NONE ? NULL : &off, (size_t)count));
    return n < 0 ? Posix_Error() : Int_FromI64(n);
}

static Object *posix_device_encoding(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int fd;
    if (Posix_Fd(args[0], &fd) < 0) return NULL;
    return isatty(fd) ? Str_FromUTF8("UTF-8", -1) : NEWREF(OBJ_NONE);
}

const MethodDef PosixFd_Functions[] = {
    {"open", posix_open, 0,
     ARGS("($module, /, path, flags, mode=511, *, dir_fd=None)",
          "Open a file for low level IO.  Returns a file descriptor (integer).")},
    {"close", posix_close, 0, ARGS("($module, /, fd)", "Close a file descriptor.")},
    {"closerange", posix_closerange, 0,
     ARGS("($module, fd_low, fd_high, /)", "Closes all file descriptors in [fd_low, fd_high), ignoring errors.")},
    {"read", posix_read, 0, ARGS("($module, fd, length, /)", "Read from a file descriptor.  Returns a bytes object.")},
    {"write", posix_write, 0, ARGS("($module, fd, data, /)", "Write a bytes object to a file descriptor.")},
    {"pread", posix_pread, 0,
     ARGS("($module, fd, length, offset, /)",
          "Read a number of bytes from a file descriptor starting at a particular offset.")},
    {"pwrite", posix_pwrite, 0,
     ARGS("($module, fd, buffer, offset, /)",
          "Write bytes to a file descriptor starting at a particular offset.")},
    {"lseek", posix_lseek, 0,
     ARGS("($module, fd, position, whence, /)", "Set the position of a file descriptor.  Return the new position.")},
    {"pipe", posix_pipe, 0, ARGS("($module, /)", "Create a pipe.")},
    {"dup", posix_dup, 0, ARGS("($module, fd, /)", "Return a duplicate of a file descriptor.")},
    {"dup2", posix_dup2, 0, ARGS("($module, /, fd, fd2, inheritable=True)", "Duplicate file descriptor.")},
    {"isatty", posix_isatty, 0, ARGS("($module, fd, /)", "Return True if the fd is connected to a terminal.")},
    {"get_inheritable", posix_get_inheritable, 0,
     ARGS("($module, fd, /)", "Get the close-on-exe flag of the specified file descriptor.")},
    {"set_inheritable", posix_set_inheritable, 0,
     ARGS("($module, fd, inheritable, /)", "Set the inheritable flag of the specified file descriptor.")},
    {"get_blocking", posix_get_blocking, 0, ARGS("($module, fd, /)", "Get the blocking mode of the file descriptor.")},
    {"set_blocking", posix_set_blocking, 0,
     ARGS("($module, fd, blocking, /)", "Set the blocking mode of the specified file descriptor.")},
    {"ftruncate", posix_ftruncate, 0,
     ARGS("($module, fd, length, /)", "Truncate a file, specified by file descriptor, to a specific length.")},
    {"fsync", posix_fsync, 0, ARGS("($module, /, fd)", "Force write of fd to disk.")},
    {"fdatasync", posix_fdatasync, 0,
     ARGS("($module, /, fd)", "Force write of fd to disk without forcing update of metadata.")},
    {"lockf", posix_lockf, 0,
     ARGS("($module, fd, command, length, /)", "Apply, test or remove a POSIX lock on an open file descriptor.")},
    {"posix_fallocate", posix_posix_fallocate, 0,
     ARGS("($module, fd, offset, length, /)",
          "Ensure a file has allocated at least a particular number of bytes on disk.")},
    {"posix_fadvise", posix_posix_fadvise, 0,
     ARGS("($module, fd, offset, length, advice, /)", "Announce an intention to access data in a specific pattern.")},
    {"readv", posix_readv, 0,
     ARGS("($module, fd, buffers, /)", "Read from a file descriptor fd into an iterable of buffers.")},
    {"writev", posix_writev, 0,
     ARGS("($module, fd, buffers, /)",
          "Iterate over buffers, and write the contents of each to a file descriptor.")},
    {"sendfile", posix_sendfile, 0,
     ARGS("($module, /, out_fd, in_fd, offset, count)",
          "Copy count bytes from file descriptor in_fd to file descriptor out_fd.")},
    {"device_encoding", posix_device_encoding, 0,
     ARGS("($module, /, fd)", "Return a string describing the encoding of a terminal's file descriptor.")},
    {NULL, NULL, 0, NULL},
};
