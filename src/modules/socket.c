/* _socket.socket: the socket object.  Every operation goes through
 * sock_call(), which waits for readiness under a timeout, retries EINTR
 * after the signal handlers (PEP 475) and raises CPython's errors. */
#define _GNU_SOURCE
#include "modules/socket.h"
#include "abstract.h"
#include "modules/_warnings.h"
#include "objects/bytes.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/audit.h"
#include "runtime/buffer.h"
#include "runtime/err.h"
#include "runtime/signals.h"
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define SOCK(o) ((Sock *)(o))

static int64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int set_blocking(int fd, bool blocking) {
    int fl = fcntl(fd, F_GETFL);
    if (fl < 0) return -1;
    int want = blocking ? fl & ~O_NONBLOCK : fl | O_NONBLOCK;
    return want == fl ? 0 : fcntl(fd, F_SETFL, want);
}

/* Waits until s is ready (for writing or reading) before deadline: 1 ready,
 * 0 timed out, -1 with an exception. */
static int wait_ready(Sock *s, bool writing, int64_t deadline) {
    for (;;) {
        int64_t left = deadline - now_ns();
        if (left <= 0) return 0;
        struct pollfd p = {s->fd, writing ? POLLOUT : POLLIN, 0};
        int64_t ms = (left + 999999) / 1000000;
        int n = poll(&p, 1, ms > INT_MAX ? INT_MAX : (int)ms);
        if (n > 0) return 1;
        if (n == 0) return 0;
        if (errno != EINTR) return Socket_Error(), -1;
        if (Signals_Run() < 0) return -1;
    }
}

static Object *timed_out(void) {
    Err_SetString(Exc_TimeoutError, "timed out");
    return NULL;
}

/* An operation sock_call() runs: its result (>= 0), or -1 with errno. */
typedef ssize_t (*SockOp)(Sock *s, void *ctx);

/* op under s's timeout: its result, or -1 with the exception raised. */
static ssize_t sock_call(Sock *s, bool writing, SockOp op, void *ctx) {
    if (s->fd < 0) {
        errno = EBADF;
        return Socket_Error(), -1;
    }
    int64_t deadline = s->timeout > 0 ? now_ns() + s->timeout : 0;
    for (;;) {
        if (s->timeout > 0) {
            int r = wait_ready(s, writing, deadline);
            if (r < 0) return -1;
            if (r == 0) return timed_out(), -1;
        }
        ssize_t n;
        for (;;) {
            n = op(s, ctx);
            if (n >= 0) return n;
            if (errno != EINTR) break;
            if (Signals_Run() < 0) return -1;
        }
        if (s->timeout > 0 && (errno == EWOULDBLOCK || errno == EAGAIN)) continue;
        return Socket_Error(), -1;
    }
}

static Object *closed_fd_error(void) {
    errno = EBADF;
    return Socket_Error();
}

/* ---- construction -------------------------------------------------------------- */

static Object *sock_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Sock *s = (Sock *)Obj_Alloc(t, (size_t)t->basicsize);
    if (!s) return NULL;
    s->fd = -1;
    s->timeout = -1;
    return (Object *)s;
}

/* Applies the timeout ns to the descriptor's blocking mode. */
int Socket_SetTimeout(Sock *s, int64_t ns) {
    s->timeout = ns;
    if (s->fd >= 0 && set_blocking(s->fd, ns < 0) < 0) return Socket_Error(), -1;
    return 0;
}

static int opt_int(int fd, int opt, int *out) {
    socklen_t len = sizeof *out;
    return getsockopt(fd, SOL_SOCKET, opt, out, &len);
}

/* socket(family=-1, type=-1, proto=-1, fileno=None) */
static int sock_init(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Sock *s = SOCK(self);
    Object *a[4];
    if (Arg_Unpack(Sock_Type.args, "socket", args, nargs, kwnames, a) < 0) return -1;
    int family = -1, type = -1, proto = -1, fd = -1;
    if ((a[0] && Arg_AsInt(a[0], &family) < 0) || (a[1] && Arg_AsInt(a[1], &type) < 0) ||
        (a[2] && Arg_AsInt(a[2], &proto) < 0))
        return -1;
    if (Audit_Eventf("socket.__new__", "Oiii", self, family, type, proto) < 0) return -1;
    if (a[3] && a[3] != OBJ_NONE) {
        if (Arg_AsInt(a[3], &fd) < 0) return -1;
        if (fd < 0) {
            Err_SetString(Exc_ValueError, "negative file descriptor");
            return -1;
        }
        SockAddr addr;
        socklen_t len = sizeof addr;
        if (family == -1) {
            if (getsockname(fd, &addr.sa, &len) < 0) return Socket_Error(), -1;
            family = addr.sa.sa_family;
        }
        if (type == -1 && opt_int(fd, SO_TYPE, &type) < 0) return Socket_Error(), -1;
        if (proto == -1 && opt_int(fd, SO_PROTOCOL, &proto) < 0) return Socket_Error(), -1;
    } else {
        if (family == -1) family = AF_INET;
        if (type == -1) type = SOCK_STREAM;
        if (proto == -1) proto = 0;
        do fd = socket(family, type | SOCK_CLOEXEC, proto);
        while (fd < 0 && errno == EINTR && Signals_Run() == 0);
        if (fd < 0) return Err_Occurred() ? -1 : (Socket_Error(), -1);
    }
    if (s->fd >= 0 && s->fd != fd) close(s->fd);
    s->fd = fd;
    s->family = family;
    s->type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    s->proto = proto;
    int64_t t = type & SOCK_NONBLOCK ? 0 : Socket_DefaultTimeout();
    s->timeout = -1;
    return t >= 0 ? Socket_SetTimeout(s, t) : 0;
}

/* The ResourceWarning of a socket dying open, then its close. */
static void finalize(Object *self) {
    Sock *s = SOCK(self);
    s->finalized = true;
    if (s->fd < 0) return;
    Object *exc = Err_Fetch();
    if (Warn_Resource(self, "unclosed %R", self) < 0) {
        if (Err_Matches(Exc_Warning)) Err_WriteUnraisable("while finalizing socket", self);
        else Err_Clear();
    }
    if (s->fd >= 0) close(s->fd);
    s->fd = -1;
    Err_Restore(exc);
}

static Object *sock_del(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (!SOCK(self)->finalized) finalize(self);
    RETURN_NONE;
}

static void sock_dealloc(Object *self) {
    if (!SOCK(self)->finalized && !(TYPE(self)->flags & TPFLAG_HEAPTYPE)) {
        self->refcnt = 1; /* alive while the warning shows it */
        finalize(self);
        if (--self->refcnt > 0) return;
    }
    if (SOCK(self)->fd >= 0) close(SOCK(self)->fd);
    Obj_Free(self);
}

static Object *sock_repr(Object *self) {
    Sock *s = SOCK(self);
    return Str_FromFormat("<socket object, fd=%d, family=%d, type=%d, proto=%d>", s->fd, s->family, s->type,
                          s->proto);
}

/* ---- descriptors and modes ------------------------------------------------- */

static Object *sock_fileno(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Int_FromI64(SOCK(self)->fd);
}

static Object *sock_detach(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    int fd = SOCK(self)->fd;
    SOCK(self)->fd = -1;
    return Int_FromI64(fd);
}

static Object *sock_close(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    int fd = SOCK(self)->fd;
    if (fd >= 0) {
        SOCK(self)->fd = -1;
        /* EINTR: the descriptor is gone all the same (Linux) */
        if (close(fd) < 0 && errno != ECONNRESET && errno != EINTR) return Socket_Error();
    }
    RETURN_NONE;
}

static Object *sock_settimeout(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    int64_t ns;
    if (Socket_TimeoutOf(args[0], &ns) < 0) return NULL;
    if (SOCK(self)->fd < 0 && ns != SOCK(self)->timeout) {
        SOCK(self)->timeout = ns;
        return closed_fd_error();
    }
    return Socket_SetTimeout(SOCK(self), ns) < 0 ? NULL : (Object *)OBJ_NONE;
}

static Object *sock_gettimeout(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Socket_TimeoutObject(SOCK(self)->timeout);
}

static Object *sock_timeout_get(Object *self) { return Socket_TimeoutObject(SOCK(self)->timeout); }

static Object *sock_setblocking(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    int t = Obj_IsTrue(args[0]);
    if (t < 0) return NULL;
    SOCK(self)->timeout = t ? -1 : 0;
    if (SOCK(self)->fd < 0) return closed_fd_error();
    return Socket_SetTimeout(SOCK(self), t ? -1 : 0) < 0 ? NULL : (Object *)OBJ_NONE;
}

static Object *sock_getblocking(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (SOCK(self)->fd < 0) return closed_fd_error();
    RETURN_BOOL(SOCK(self)->timeout != 0);
}

static Object *sock_family_get(Object *self) { return Int_FromI64(SOCK(self)->family); }
static Object *sock_type_get(Object *self) { return Int_FromI64(SOCK(self)->type); }
static Object *sock_proto_get(Object *self) { return Int_FromI64(SOCK(self)->proto); }

/* ---- addresses ---------------------------------------------------------------- */

static Object *name_of(Object *self, bool peer) {
    Sock *s = SOCK(self);
    if (s->fd < 0) return closed_fd_error();
    SockAddr addr;
    socklen_t len = sizeof addr;
    memset(&addr, 0, sizeof addr);
    if ((peer ? getpeername : getsockname)(s->fd, &addr.sa, &len) < 0) return Socket_Error();
    return Socket_MakeAddr(&addr.sa, len, s->proto);
}

static Object *sock_getsockname(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return name_of(self, false);
}

static Object *sock_getpeername(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return name_of(self, true);
}

static Object *sock_bind(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    SockAddr addr;
    socklen_t len;
    if (Socket_ParseAddr(SOCK(self), args[0], "bind", &addr, &len) < 0) return NULL;
    if (Audit_Eventf("socket.bind", "OO", self, args[0]) < 0) return NULL;
    if (SOCK(self)->fd < 0) return closed_fd_error();
    if (bind(SOCK(self)->fd, &addr.sa, len) < 0) return Socket_Error();
    RETURN_NONE;
}

static Object *sock_listen(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    int backlog = SOMAXCONN < 128 ? SOMAXCONN : 128;
    if (nargs > 0 && Arg_AsInt(args[0], &backlog) < 0) return NULL;
    if (backlog < 0) backlog = 0;
    if (SOCK(self)->fd < 0) return closed_fd_error();
    if (listen(SOCK(self)->fd, backlog) < 0) return Socket_Error();
    RETURN_NONE;
}

/* connect(): 0, or the errno connect_ex() returns (-1 with an exception
 * raised for errors that are not an errno, such as a timeout or a signal
 * handler's exception: then *err is 0). */
static int do_connect(Sock *s, Object *address, int *err) {
    SockAddr addr;
    socklen_t len;
    *err = 0;
    if (Socket_ParseAddr(s, address, "connect", &addr, &len) < 0) return -1;
    if (Audit_Eventf("socket.connect", "OO", (Object *)s, address) < 0) return -1;
    if (s->fd < 0) return *err = EBADF;
    int r = connect(s->fd, &addr.sa, len);
    if (r == 0) return 0;
    int e = errno;
    if (e == EINTR) {
        if (Signals_Run() < 0) return -1;
        if (s->timeout == 0) return *err = e;
    } else if (!(s->timeout != 0 && e == EINPROGRESS)) {
        return *err = e;
    }
    /* in progress: wait until the socket is writable, then read its error */
    if (s->timeout > 0) {
        int w = wait_ready(s, true, now_ns() + s->timeout);
        if (w < 0) return -1;
        if (w == 0) return timed_out(), -1;
    } else {
        struct pollfd p = {s->fd, POLLOUT, 0};
        while (poll(&p, 1, -1) < 0) {
            if (errno != EINTR) return *err = errno;
            if (Signals_Run() < 0) return -1;
        }
    }
    socklen_t elen = sizeof e;
    if (getsockopt(s->fd, SOL_SOCKET, SO_ERROR, &e, &elen) < 0) return *err = errno;
    return *err = e;
}

static Object *sock_connect(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    int err;
    if (do_connect(SOCK(self), args[0], &err) != 0) {
        if (err) {
            errno = err;
            Socket_Error();
        }
        return NULL;
    }
    RETURN_NONE;
}

static Object *sock_connect_ex(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    int err;
    if (do_connect(SOCK(self), args[0], &err) != 0 && !err) return NULL;
    return Int_FromI64(err);
}

typedef struct AcceptCtx {
    SockAddr addr;
    socklen_t len;
} AcceptCtx;

static ssize_t accept_op(Sock *s, void *ctx) {
    AcceptCtx *c = ctx;
    c->len = sizeof c->addr;
    return accept4(s->fd, &c->addr.sa, &c->len, SOCK_CLOEXEC);
}

static Object *sock_accept(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    AcceptCtx c;
    memset(&c, 0, sizeof c);
    ssize_t fd = sock_call(SOCK(self), false, accept_op, &c);
    if (fd < 0) return NULL;
    Object *addr = Socket_MakeAddr(&c.addr.sa, c.len, SOCK(self)->proto);
    Object *nfd = Int_FromI64(fd);
    Object *r = addr && nfd ? Tuple_Pack(2, nfd, addr) : NULL;
    XDECREF(addr);
    XDECREF(nfd);
    if (!r) close((int)fd);
    return r;
}

static Object *sock_shutdown(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    int how;
    if (Arg_AsInt(args[0], &how) < 0) return NULL;
    if (SOCK(self)->fd < 0) return closed_fd_error();
    if (shutdown(SOCK(self)->fd, how) < 0) return Socket_Error();
    RETURN_NONE;
}

/* ---- options ------------------------------------------------------------------ */

static Object *sock_getsockopt(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    int level, opt, buflen = 0;
    if (Arg_AsInt(args[0], &level) < 0 || Arg_AsInt(args[1], &opt) < 0 ||
        (nargs > 2 && Arg_AsInt(args[2], &buflen) < 0))
        return NULL;
    if (SOCK(self)->fd < 0) return closed_fd_error();
    if (nargs < 3) {
        int v = 0;
        socklen_t len = sizeof v;
        if (getsockopt(SOCK(self)->fd, level, opt, &v, &len) < 0) return Socket_Error();
        return Int_FromI64(v);
    }
    if (buflen <= 0 || buflen > 1024) {
        Err_SetString(Exc_OSError, "getsockopt buflen out of range");
        return NULL;
    }
    char buf[1024];
    socklen_t len = (socklen_t)buflen;
    if (getsockopt(SOCK(self)->fd, level, opt, buf, &len) < 0) return Socket_Error();
    return Bytes_From(buf, len);
}

/* setsockopt(level, option, value) or (level, option, None, optlen): its
 * count is checked here, as CPython's tries of three formats word it. */
static Object *sock_setsockopt(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    int level, opt, r;
    if (nargs < 3 || nargs > 4 || (nargs == 4 && args[2] != OBJ_NONE)) {
        Err_Format(Exc_TypeError, "setsockopt() takes exactly 3 arguments (%zu given)", nargs);
        return NULL;
    }
    if (Arg_AsInt(args[0], &level) < 0 || Arg_AsInt(args[1], &opt) < 0) return NULL;
    Object *value = args[2];
    if (nargs == 4) {
        uint32_t optlen;
        if (Socket_UIntArg(args[3], &optlen) < 0) {
            if (!Err_Matches(Exc_TypeError)) return NULL;
            Err_Clear(); /* the last of CPython's formats failing: its count message */
            Err_SetString(Exc_TypeError, "setsockopt() takes exactly 3 arguments (4 given)");
            return NULL;
        }
        if (SOCK(self)->fd < 0) return closed_fd_error();
        r = setsockopt(SOCK(self)->fd, level, opt, NULL, optlen);
    } else if (Int_Check(value) && Arg_AsInt(value, &(int){0}) == 0) {
        int v;
        Arg_AsInt(value, &v);
        if (SOCK(self)->fd < 0) return closed_fd_error();
        r = setsockopt(SOCK(self)->fd, level, opt, &v, sizeof v);
    } else {
        Err_Clear(); /* an int out of range is taken as a buffer, as CPython's second try */
        const uint8_t *p;
        ssize_t n;
        BufferView hold = {0};
        if (Buffer_PeekArgHeld(value, &p, &n, &hold) < 0) return NULL;
        if (SOCK(self)->fd < 0) {
            Buffer_Release(&hold);
            return closed_fd_error();
        }
        r = setsockopt(SOCK(self)->fd, level, opt, p, (socklen_t)n);
        Buffer_Release(&hold);
    }
    if (r < 0) return Socket_Error();
    RETURN_NONE;
}

/* ---- receiving ------------------------------------------------------------------ */

typedef struct IoCtx {
    void *buf;
    size_t len;
    int flags;
    SockAddr addr;
    socklen_t addrlen;
    const struct sockaddr *to;
} IoCtx;

static ssize_t recv_op(Sock *s, void *ctx) {
    IoCtx *c = ctx;
    return recv(s->fd, c->buf, c->len, c->flags);
}

static ssize_t recvfrom_op(Sock *s, void *ctx) {
    IoCtx *c = ctx;
    c->addrlen = sizeof c->addr;
    memset(&c->addr, 0, sizeof c->addr);
    return recvfrom(s->fd, c->buf, c->len, c->flags, &c->addr.sa, &c->addrlen);
}

/* bufsize and flags of recv()/recvfrom(). */
static int size_args(Object *const *args, size_t nargs, const char *name, ssize_t *size, int *flags) {
    *size = Int_AsSsize(args[0]);
    if (*size == -1 && Err_Occurred()) return -1;
    *flags = 0;
    if (nargs > 1 && Arg_AsInt(args[1], flags) < 0) return -1;
    if (*size < 0) {
        Err_Format(Exc_ValueError, "negative buffersize in %s", name);
        return -1;
    }
    return 0;
}

/* Receives up to size bytes into a new bytes object; with from, also the
 * address.  A small read lands on the stack first: no malloc for the
 * messages of a request and reply exchange. */
static Object *recv_bytes(Sock *s, ssize_t size, int flags, bool from, Object **addr) {
    uint8_t small[4096];
    bool heap = (size_t)size > sizeof small;
    IoCtx c = {.buf = heap ? malloc((size_t)size) : small, .len = (size_t)size, .flags = flags};
    if (!c.buf) return Err_NoMemory();
    ssize_t n = sock_call(s, false, from ? recvfrom_op : recv_op, &c);
    Object *r = n < 0 ? NULL : Bytes_From(c.buf, n);
    if (heap) free(c.buf);
    if (r && from && !(*addr = Socket_MakeAddr(&c.addr.sa, c.addrlen, s->proto))) CLEAR(r);
    return r;
}

static Object *sock_recv(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t size;
    int flags;
    if (size_args(args, nargs, "recv", &size, &flags) < 0) return NULL;
    return recv_bytes(SOCK(self), size, flags, false, NULL);
}

static Object *sock_recvfrom(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t size;
    int flags;
    Object *addr = NULL;
    if (size_args(args, nargs, "recvfrom", &size, &flags) < 0) return NULL;
    Object *data = recv_bytes(SOCK(self), size, flags, true, &addr);
    if (!data) return NULL;
    Object *r = Tuple_Pack(2, data, addr);
    DECREF(data);
    DECREF(addr);
    return r;
}

/* recv_into(buffer, nbytes=0, flags=0) and recvfrom_into(): the bytes read. */
static Object *recv_into(Object *self, Object *const *args, size_t nargs, bool from) {
    const char *name = from ? "recvfrom_into" : "recv_into";
    BufferView v;
    if (Buffer_Get(args[0], &v, 1 /* writable */) < 0) {
        if (Err_Matches(Exc_TypeError) || Err_Matches(Exc_BufferError)) {
            Err_Clear();
            Err_Format(Exc_TypeError, "%s() argument 1 must be read-write bytes-like object, not %s", name,
                       ARG_TYPE_NAME(args[0]));
        }
        return NULL;
    }
    ssize_t n = 0;
    int flags = 0;
    Object *r = NULL, *addr = NULL;
    if (nargs > 1 && args[1] && (n = Int_AsSsize(args[1])) == -1 && Err_Occurred()) goto done;
    if (nargs > 2 && args[2] && Arg_AsInt(args[2], &flags) < 0) goto done;
    if (n < 0) {
        Err_Format(Exc_ValueError, "negative buffersize in %s", name);
        goto done;
    }
    if (n == 0) n = v.len;
    else if (n > v.len) {
        Err_SetString(Exc_ValueError,
                      from ? "nbytes is greater than the length of the buffer" : "buffer too small for requested bytes");
        goto done;
    }
    IoCtx c = {.buf = v.buf, .len = (size_t)n, .flags = flags};
    ssize_t got = sock_call(SOCK(self), false, from ? recvfrom_op : recv_op, &c);
    if (got < 0) goto done;
    if (!from) {
        r = Int_FromI64(got);
        goto done;
    }
    if ((addr = Socket_MakeAddr(&c.addr.sa, c.addrlen, SOCK(self)->proto))) {
        Object *count = Int_FromI64(got);
        r = count ? Tuple_Pack(2, count, addr) : NULL;
        XDECREF(count);
        DECREF(addr);
    }
done:
    Buffer_Release(&v);
    return r;
}

static Object *sock_recv_into(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return recv_into(self, args, nargs, false);
}

static Object *sock_recvfrom_into(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return recv_into(self, args, nargs, true);
}

/* ---- sending -------------------------------------------------------------------- */

static ssize_t send_op(Sock *s, void *ctx) {
    IoCtx *c = ctx;
    return send(s->fd, c->buf, c->len, c->flags | MSG_NOSIGNAL);
}

static ssize_t sendto_op(Sock *s, void *ctx) {
    IoCtx *c = ctx;
    return sendto(s->fd, c->buf, c->len, c->flags | MSG_NOSIGNAL, c->to, c->addrlen);
}

/* send(data, flags=0) and sendall(): the bytes sent / None once all are. */
static Object *send_data(Object *self, Object *const *args, size_t nargs, bool all) {
    const uint8_t *p;
    ssize_t n;
    int flags = 0;
    BufferView hold = {0};
    if (Buffer_PeekArgHeld(args[0], &p, &n, &hold) < 0) return NULL;
    if (nargs > 1 && Arg_AsInt(args[1], &flags) < 0) {
        Buffer_Release(&hold);
        return NULL;
    }
    Sock *s = SOCK(self);
    int64_t deadline = s->timeout > 0 ? now_ns() + s->timeout : 0;
    ssize_t done = 0;
    Object *r = NULL;
    do {
        IoCtx c = {.buf = (void *)(p + done), .len = (size_t)(n - done), .flags = flags};
        if (all && s->timeout > 0) {
            int64_t left = deadline - now_ns();
            if (left <= 0) {
                timed_out();
                goto out;
            }
            int64_t keep = s->timeout;
            s->timeout = left;
            ssize_t w = sock_call(s, true, send_op, &c);
            s->timeout = keep;
            if (w < 0) goto out;
            done += w;
        } else {
            ssize_t w = sock_call(s, true, send_op, &c);
            if (w < 0) goto out;
            done += w;
        }
        if (all && Signals_Check() < 0) goto out;
    } while (all && done < n);
    r = all ? OBJ_NONE : Int_FromI64(done);
out:
    Buffer_Release(&hold);
    return r;
}

static Object *sock_send(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return send_data(self, args, nargs, false);
}

static Object *sock_sendall(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return send_data(self, args, nargs, true);
}

/* sendto(data[, flags], address): its count is checked here, as CPython's. */
static Object *sock_sendto(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (nargs < 2 || nargs > 3) {
        Err_Format(Exc_TypeError, "sendto() takes 2 or 3 arguments (%zu given)", nargs);
        return NULL;
    }
    int flags = 0;
    const uint8_t *p;
    ssize_t n;
    BufferView hold = {0};
    if (Buffer_PeekArgHeld(args[0], &p, &n, &hold) < 0) return NULL;
    Object *r = NULL;
    SockAddr addr;
    IoCtx c = {.buf = (void *)p, .len = (size_t)n, .to = &addr.sa};
    if (nargs == 3 && Arg_AsInt(args[1], &flags) < 0) goto out;
    c.flags = flags;
    if (Socket_ParseAddr(SOCK(self), args[nargs - 1], "sendto", &addr, &c.addrlen) < 0) goto out;
    if (Audit_Eventf("socket.sendto", "OO", self, args[nargs - 1]) < 0) goto out;
    ssize_t w = sock_call(SOCK(self), true, sendto_op, &c);
    if (w >= 0) r = Int_FromI64(w);
out:
    Buffer_Release(&hold);
    return r;
}

/* ---- sendmsg / recvmsg ---------------------------------------------------------- */

/* The call's flags travel in msg_flags, which sendmsg() ignores and
 * recvmsg() only writes on success. */
static ssize_t sendmsg_op(Sock *s, void *ctx) {
    struct msghdr *m = ctx;
    return sendmsg(s->fd, m, m->msg_flags | MSG_NOSIGNAL);
}

static ssize_t recvmsg_op(Sock *s, void *ctx) {
    struct msghdr *m = ctx;
    return recvmsg(s->fd, m, m->msg_flags);
}

typedef struct MsgParts {
    struct iovec *iov;
    BufferView *views;
    size_t nviews;
    char *control;
} MsgParts;

static void parts_free(MsgParts *m) {
    for (size_t i = 0; i < m->nviews; i++) Buffer_Release(&m->views[i]);
    free(m->views);
    free(m->iov);
    free(m->control);
}

/* The buffers of sendmsg()'s first argument. */
static int gather_buffers(Object *buffers, MsgParts *m, struct msghdr *msg) {
    Object *it = Obj_GetIter(buffers);
    Object *list = it ? List_FromIterable(it) : NULL;
    XDECREF(it);
    if (!list) {
        Err_Clear();
        Err_SetString(Exc_TypeError, "sendmsg() argument 1 must be an iterable");
        return -1;
    }
    ssize_t n = LIST_LEN(list);
    m->iov = calloc((size_t)n + 1, sizeof *m->iov);
    m->views = calloc((size_t)n + 1, sizeof *m->views);
    int r = 0;
    if (!m->iov || !m->views) r = (Err_NoMemory(), -1);
    for (ssize_t i = 0; r == 0 && i < n; i++) {
        if (Buffer_Get(LIST_GET(list, i), &m->views[i], 0) < 0) {
            r = -1;
            break;
        }
        m->nviews++;
        m->iov[i].iov_base = m->views[i].buf;
        m->iov[i].iov_len = (size_t)m->views[i].len;
    }
    msg->msg_iov = m->iov;
    msg->msg_iovlen = (size_t)n;
    DECREF(list);
    return r;
}

/* The (level, type, data) items of sendmsg()'s ancillary data. */
static int gather_control(Object *ancdata, MsgParts *m, struct msghdr *msg) {
    Object *it = Obj_GetIter(ancdata);
    Object *list = it ? List_FromIterable(it) : NULL;
    XDECREF(it);
    if (!list) {
        Err_Clear();
        Err_SetString(Exc_TypeError, "sendmsg() argument 2 must be an iterable");
        return -1;
    }
    size_t space = 0;
    ssize_t n = LIST_LEN(list);
    int r = 0;
    for (ssize_t i = 0; r == 0 && i < n; i++) {
        Object *item = LIST_GET(list, i);
        const uint8_t *p;
        ssize_t len;
        if (!Tuple_Check(item) || TUPLE_LEN(item) != 3) {
            Err_SetString(Exc_TypeError, "[sendmsg() ancillary data items]() argument must be sequence of length 3");
            r = -1;
        } else if (Buffer_PeekArg(TUPLE_GET(item, 2), &p, &len) < 0) {
            r = -1;
        } else {
            space += CMSG_SPACE((size_t)len);
        }
    }
    if (r == 0 && space) {
        if (!(m->control = calloc(1, space))) r = (Err_NoMemory(), -1);
        msg->msg_control = m->control;
        msg->msg_controllen = space;
        struct cmsghdr *c = CMSG_FIRSTHDR(msg);
        for (ssize_t i = 0; r == 0 && i < n; i++) {
            Object *item = LIST_GET(list, i);
            int level, type;
            const uint8_t *p;
            ssize_t len;
            if (Arg_AsInt(TUPLE_GET(item, 0), &level) < 0 || Arg_AsInt(TUPLE_GET(item, 1), &type) < 0 ||
                Buffer_PeekArg(TUPLE_GET(item, 2), &p, &len) < 0) {
                r = -1;
                break;
            }
            c->cmsg_level = level;
            c->cmsg_type = type;
            c->cmsg_len = CMSG_LEN((size_t)len);
            memcpy(CMSG_DATA(c), p, (size_t)len);
            c = CMSG_NXTHDR(msg, c);
        }
    }
    DECREF(list);
    return r;
}

/* sendmsg(buffers[, ancdata[, flags[, address]]]) */
static Object *sock_sendmsg(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    struct msghdr msg;
    MsgParts m = {0};
    SockAddr addr;
    int flags = 0;
    memset(&msg, 0, sizeof msg);
    Object *r = NULL;
    if (gather_buffers(args[0], &m, &msg) < 0) goto out;
    if (nargs > 1 && gather_control(args[1], &m, &msg) < 0) goto out;
    if (nargs > 2 && Arg_AsInt(args[2], &flags) < 0) goto out;
    if (nargs > 3 && args[3] != OBJ_NONE) {
        socklen_t len;
        if (Socket_ParseAddr(SOCK(self), args[3], "sendmsg", &addr, &len) < 0) goto out;
        if (Audit_Eventf("socket.sendmsg", "OO", self, args[3]) < 0) goto out;
        msg.msg_name = &addr;
        msg.msg_namelen = len;
    }
    msg.msg_flags = flags;
    ssize_t w = sock_call(SOCK(self), true, sendmsg_op, &msg);
    if (w >= 0) r = Int_FromI64(w);
out:
    parts_free(&m);
    return r;
}

/* The ancillary data received, as a list of (level, type, data). */
static Object *control_items(struct msghdr *msg) {
    Object *list = List_New(0);
    char *end = (char *)msg->msg_control + msg->msg_controllen;
    for (struct cmsghdr *c = CMSG_FIRSTHDR(msg); list && c; c = CMSG_NXTHDR(msg, c)) {
        if (c->cmsg_len < CMSG_LEN(0)) break; /* a malformed header: nothing more to read */
        size_t len = c->cmsg_len - CMSG_LEN(0), room = (size_t)(end - (char *)CMSG_DATA(c));
        if (len > room) len = room; /* cut short (MSG_CTRUNC) */
        Object *data = Bytes_From(CMSG_DATA(c), (ssize_t)len);
        Object *lvl = Int_FromI64(c->cmsg_level), *typ = Int_FromI64(c->cmsg_type);
        Object *t = data && lvl && typ ? Tuple_Pack(3, lvl, typ, data) : NULL;
        XDECREF(data);
        XDECREF(lvl);
        XDECREF(typ);
        if (!t || List_Append(list, t) < 0) CLEAR(list);
        XDECREF(t);
    }
    return list;
}

/* recvmsg(bufsize[, ancbufsize[, flags]]) -> (data, ancdata, msg_flags, address) */
static Object *sock_recvmsg(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t size = Int_AsSsize(args[0]), ancsize = 0;
    int flags = 0;
    if (size == -1 && Err_Occurred()) return NULL;
    if (nargs > 1 && (ancsize = Int_AsSsize(args[1])) == -1 && Err_Occurred()) return NULL;
    if (nargs > 2 && Arg_AsInt(args[2], &flags) < 0) return NULL;
    if (size < 0) {
        Err_SetString(Exc_ValueError, "negative buffer size in recvmsg()");
        return NULL;
    }
    if (ancsize < 0 || ancsize > INT_MAX) {
        Err_SetString(Exc_ValueError, "invalid ancillary data buffer length");
        return NULL;
    }
    char *buf = malloc(size ? (size_t)size : 1), *control = ancsize ? calloc(1, (size_t)ancsize) : NULL;
    SockAddr addr;
    memset(&addr, 0, sizeof addr);
    struct iovec iov = {buf, (size_t)size};
    struct msghdr msg = {.msg_name = &addr, .msg_namelen = sizeof addr, .msg_iov = &iov, .msg_iovlen = 1,
                         .msg_control = control, .msg_controllen = (size_t)ancsize};
    Object *r = NULL;
    if (!buf || (ancsize && !control)) {
        Err_NoMemory();
        goto out;
    }
    msg.msg_flags = flags;
    ssize_t n = sock_call(SOCK(self), false, recvmsg_op, &msg);
    if (n < 0) goto out;
    Object *data = Bytes_From(buf, n), *anc = control_items(&msg), *fl = Int_FromI64(msg.msg_flags);
    Object *a = msg.msg_namelen ? Socket_MakeAddr(&addr.sa, msg.msg_namelen, SOCK(self)->proto) : NEWREF(OBJ_NONE);
    if (data && anc && fl && a) r = Tuple_Pack(4, data, anc, fl, a);
    XDECREF(data);
    XDECREF(anc);
    XDECREF(fl);
    XDECREF(a);
out:
    free(buf);
    free(control);
    return r;
}

/* ---- the type ------------------------------------------------------------------- */

static const MethodDef sock_methods[] = {
    {"_accept", sock_accept, 0,
     ARGS_F(ARG_NO_TEXT_SIG, "($self, /)", "_accept() -> (integer, address info)\n\n"
                                            "Wait for an incoming connection.  Return a new socket file descriptor\n"
                                            "representing the connection, and the address of the client.\n"
                                            "For IP sockets, the address info is a pair (hostaddr, port).")},
    {"bind", sock_bind, 0,
     ARGS_F(ARG_NO_TEXT_SIG, "($self, address, /)", "bind(address)\n\nBind the socket to a local address.")},
    {"close", sock_close, 0, ARGS_F(ARG_NO_TEXT_SIG, "($self, /)", "close()\n\nClose the socket.  It cannot be used after this call.")},
    {"connect", sock_connect, 0,
     ARGS_F(ARG_NO_TEXT_SIG, "($self, address, /)", "connect(address)\n\nConnect the socket to a remote address.")},
    {"connect_ex", sock_connect_ex, 0,
     ARGS_F(ARG_NO_TEXT_SIG, "($self, address, /)",
            "connect_ex(address) -> errno\n\nThis is like connect(address), but returns an error code (the errno value)\n"
            "instead of raising an exception when an error occurs.")},
    {"detach", sock_detach, 0,
     ARGS_F(ARG_NO_TEXT_SIG, "($self, /)", "detach()\n\nClose the socket object without closing the underlying file descriptor.")},
    {"fileno", sock_fileno, 0, ARGS_F(ARG_NO_TEXT_SIG, "($self, /)", "fileno() -> integer\n\nReturn the integer file descriptor of the socket.")},
    {"getpeername", sock_getpeername, 0,
     ARGS_F(ARG_NO_TEXT_SIG, "($self, /)", "getpeername() -> address info\n\nReturn the address of the remote endpoint.")},
    {"getsockname", sock_getsockname, 0,
     ARGS_F(ARG_NO_TEXT_SIG, "($self, /)", "getsockname() -> address info\n\nReturn the address of the local endpoint.")},
    {"getsockopt", sock_getsockopt, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE, "($self, level, option, buffersize=0, /)",
            "getsockopt(level, option[, buffersize]) -> value\n\nGet a socket option.")},
    {"setsockopt", sock_setsockopt, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE, "($self, *args)",
            "setsockopt(level, option, value: int)\nsetsockopt(level, option, value: buffer)\n"
            "setsockopt(level, option, None, optlen: int)\n\nSet a socket option.")},
    {"listen", sock_listen, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE, "($self, backlog=128, /)",
            "listen([backlog])\n\nEnable a server to accept connections.")},
    {"recv", sock_recv, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE, "($self, bufsize, flags=0, /)",
            "recv(buffersize[, flags]) -> data\n\nReceive up to buffersize bytes from the socket.")},
    {"recv_into", sock_recv_into, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_GETARGS_STYLE, "($self, /, buffer, nbytes=0, flags=0)",
            "recv_into(buffer, [nbytes[, flags]]) -> nbytes_read\n\n"
            "A version of recv() that stores its data into a buffer rather than creating\na new string.")},
    {"recvfrom", sock_recvfrom, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE, "($self, bufsize, flags=0, /)",
            "recvfrom(buffersize[, flags]) -> (data, address info)\n\n"
            "Like recv(buffersize, flags) but also return the sender's address info.")},
    {"recvfrom_into", sock_recvfrom_into, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_GETARGS_STYLE, "($self, /, buffer, nbytes=0, flags=0)",
            "recvfrom_into(buffer[, nbytes[, flags]]) -> (nbytes, address info)\n\n"
            "Like recv_into(buffer[, nbytes[, flags]]) but also return the sender's address info.")},
    {"recvmsg", sock_recvmsg, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE, "($self, bufsize, ancbufsize=0, flags=0, /)",
            "recvmsg(bufsize[, ancbufsize[, flags]]) -> (data, ancdata, msg_flags, address)\n\n"
            "Receive normal data and ancillary data from the socket.")},
    {"send", sock_send, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE, "($self, data, flags=0, /)",
            "send(data[, flags]) -> count\n\nSend a data string to the socket.")},
    {"sendall", sock_sendall, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE, "($self, data, flags=0, /)",
            "sendall(data[, flags])\n\nSend a data string to the socket.")},
    {"sendto", sock_sendto, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE, "($self, *args)",
            "sendto(data[, flags], address) -> count\n\nLike send(data, flags) but allows specifying the destination address.")},
    {"sendmsg", sock_sendmsg, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE, "($self, buffers, ancdata=(), flags=0, address=None, /)",
            "sendmsg(buffers[, ancdata[, flags[, address]]]) -> count\n\n"
            "Send normal and ancillary data to the socket.")},
    {"setblocking", sock_setblocking, 0,
     ARGS_F(ARG_NO_TEXT_SIG, "($self, flag, /)", "setblocking(flag)\n\nSet the socket to blocking (flag is true) or non-blocking (false).")},
    {"getblocking", sock_getblocking, 0,
     ARGS_F(ARG_NO_TEXT_SIG, "($self, /)", "getblocking()\n\nReturns True if socket is in blocking mode, or False if it\nis in non-blocking mode.")},
    {"settimeout", sock_settimeout, 0,
     ARGS_F(ARG_NO_TEXT_SIG, "($self, timeout, /)", "settimeout(timeout)\n\nSet a timeout on socket operations.")},
    {"gettimeout", sock_gettimeout, 0,
     ARGS_F(ARG_NO_TEXT_SIG, "($self, /)", "gettimeout() -> timeout\n\nReturns the timeout in seconds (float) associated\nwith socket operations.")},
    {"shutdown", sock_shutdown, 0,
     ARGS_F(ARG_NO_TEXT_SIG, "($self, how, /)", "shutdown(flag)\n\nShut down the reading side of the socket (flag == SHUT_RD), the writing side\n"
                                  "of the socket (flag == SHUT_WR), or both ends (flag == SHUT_RDWR).")},
    {"__del__", sock_del, 0, ARGS("($self, /)", NULL)},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef sock_getset[] = {
    {"family", sock_family_get, NULL, "the socket family"},
    {"type", sock_type_get, NULL, "the socket type"},
    {"proto", sock_proto_get, NULL, "the socket protocol"},
    {"timeout", sock_timeout_get, NULL, "the socket timeout"},
    {NULL, NULL, NULL, NULL},
};

Type Sock_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "_socket.socket",
    .doc = "socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object\n"
           "socket(family=-1, type=-1, proto=-1, fileno=None) -> socket object\n\n"
           "Open a socket of the given type.  The family argument specifies the\n"
           "address family; it defaults to AF_INET.  The type argument specifies\n"
           "whether this is a stream (SOCK_STREAM, this is the default)\n"
           "or datagram (SOCK_DGRAM) socket.  The protocol argument defaults to 0,\n"
           "specifying the default protocol.  Keyword arguments are accepted.\n"
           "The socket is created as non-inheritable.\n\n"
           "When a fileno is passed in, family, type and proto are auto-detected,\n"
           "unless they are explicitly set.",
    .basicsize = sizeof(Sock),
    .flags = TPFLAG_BASETYPE,
    .args = ARGS_F(ARG_NO_TEXT_SIG | ARG_GETARGS_STYLE, "(family=-1, type=-1, proto=-1, fileno=None)", NULL),
    .dealloc = sock_dealloc,
    .repr = sock_repr,
    .methods = sock_methods,
    .getset = sock_getset,
    .new_ = sock_new,
    .init = sock_init,
};
