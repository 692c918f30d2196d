/* The select module: select(), poll objects and epoll objects, with
 * CPython's argument conversions and errors.  Waits retry on EINTR with
 * the time left (PEP 475). */
#define _GNU_SOURCE /* POLLMSG, POLLRDHUP */
#include "abstract.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/signals.h"
#include "runtime/timeout.h"
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <time.h>
#include <unistd.h>

/* ---- shared conversions ------------------------------------------------------ */

static int64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* What is left of a timeout that ends at deadline (ns; -1: none), for a
 * retry after EINTR: never below 0. */
static int64_t time_left(int64_t deadline) {
    if (deadline < 0) return -1;
    int64_t left = deadline - now_ns();
    return left < 0 ? 0 : left;
}

/* Milliseconds for poll() and epoll_wait(), rounded up; -1 for none. */
static int ms_of(int64_t ns) {
    if (ns < 0) return -1;
    int64_t ms = (ns + 999999) / 1000000;
    return ms > INT_MAX ? INT_MAX : (int)ms;
}

/* ---- select() -------------------------------------------------------------------- */

/* The descriptors of one of select()'s sequences, added to set; *objs is
 * a new list of the objects as given, fds[] their numbers. */
static int seq_to_set(Object *seq, fd_set *set, int *maxfd, Object **objs, int **fds) {
    *objs = NULL;
    *fds = NULL;
    Object *it = Obj_GetIter(seq);
    Object *list = it ? List_FromIterable(it) : NULL;
    XDECREF(it);
    if (!list) {
        if (Err_Matches(Exc_TypeError)) {
            Err_Clear();
            Err_SetString(Exc_TypeError, "arguments 1-3 must be sequences");
        }
        return -1;
    }
    *objs = list;
    *fds = malloc(sizeof(int) * (size_t)(LIST_LEN(list) + 1));
    if (!*fds) return Err_NoMemory(), -1;
    for (ssize_t i = 0; i < LIST_LEN(list); i++) {
        int fd = Obj_AsFileDescriptor(LIST_GET(list, i));
        if (fd < 0) return -1;
        if (fd >= FD_SETSIZE) {
            Err_SetString(Exc_ValueError, "filedescriptor out of range in select()");
            return -1;
        }
        FD_SET(fd, set);
        if (fd > *maxfd) *maxfd = fd;
        (*fds)[i] = fd;
    }
    return 0;
}

/* The objects of objs whose descriptor is in set, in order. */
static Object *ready_list(Object *objs, const int *fds, const fd_set *set) {
    Object *r = List_New(0);
    for (ssize_t i = 0; r && i < LIST_LEN(objs); i++)
        if (FD_ISSET(fds[i], set) && List_Append(r, LIST_GET(objs, i)) < 0) CLEAR(r);
    return r;
}

static Object *select_select(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int64_t timeout;
    if (Timeout_ToNs(nargs > 3 ? args[3] : NULL, 1, "timeout must be a float or None", &timeout) < 0) return NULL;
    if (timeout < -1 || (timeout < 0 && nargs > 3 && args[3] && args[3] != OBJ_NONE)) {
        Err_SetString(Exc_ValueError, "timeout must be non-negative");
        return NULL;
    }
    fd_set sets[3], ready[3];
    Object *objs[3] = {NULL, NULL, NULL}, *r = NULL;
    int *fds[3] = {NULL, NULL, NULL}, maxfd = -1;
    for (int k = 0; k < 3; k++) {
        FD_ZERO(&sets[k]);
        if (seq_to_set(args[k], &sets[k], &maxfd, &objs[k], &fds[k]) < 0) goto done;
    }
    int64_t deadline = timeout < 0 ? -1 : now_ns() + timeout;
    for (;;) {
        memcpy(ready, sets, sizeof ready);
        int64_t left = time_left(deadline);
        struct timeval tv = {(time_t)(left / 1000000000), (suseconds_t)((left % 1000000000 + 999) / 1000)};
        if (tv.tv_usec >= 1000000) tv.tv_sec++, tv.tv_usec -= 1000000;
        int n = select(maxfd + 1, &ready[0], &ready[1], &ready[2], left < 0 ? NULL : &tv);
        if (n >= 0) break;
        if (errno != EINTR) {
            Err_FromErrno(Exc_OSError);
            goto done;
        }
        if (Signals_Run() < 0) goto done; /* PEP 475: the handlers, then the time left */
    }
    Object *lists[3];
    for (int k = 0; k < 3; k++) lists[k] = ready_list(objs[k], fds[k], &ready[k]);
    if (lists[0] && lists[1] && lists[2]) r = Tuple_Pack(3, lists[0], lists[1], lists[2]);
    for (int k = 0; k < 3; k++) XDECREF(lists[k]);
done:
    for (int k = 0; k < 3; k++) {
        XDECREF(objs[k]);
        free(fds[k]);
    }
    return r;
}

/* ---- poll objects --------------------------------------------------------------- */

typedef struct Poll {
    Object ob;
    Object *fds; /* dict: fd -> event mask */
} Poll;

static void poll_dealloc(Object *o) {
    XDECREF(((Poll *)o)->fds);
    Obj_Free(o);
}

static int poll_traverse(Object *o, VisitFn visit, void *arg) {
    Object *d = ((Poll *)o)->fds;
    return d && visit(d, arg);
}

/* An event mask: CPython's unsigned short converter. */
static int eventmask_of(Object *o, int *out) {
    uint64_t v;
    if (Int_AsUnsigned(o, "unsigned short", 0xFFFF, &v) < 0) return -1;
    *out = (int)v;
    return 0;
}

static Type Poll_Type;

static Object *select_poll(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Poll *p = (Poll *)Obj_Alloc(&Poll_Type, sizeof(Poll));
    if (!p) return NULL;
    if (!(p->fds = Dict_New())) {
        DECREF((Object *)p);
        return NULL;
    }
    return (Object *)p;
}

static Object *poll_register(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    int fd = Obj_AsFileDescriptor(args[0]), mask = POLLIN | POLLPRI | POLLOUT;
    if (fd < 0 || (nargs > 1 && args[1] && eventmask_of(args[1], &mask) < 0)) return NULL;
    Object *k = SMALL_FROM(fd), *v = SMALL_FROM(mask);
    return Dict_SetItem(((Poll *)self)->fds, k, v) < 0 ? NULL : NEWREF(OBJ_NONE);
}

static Object *poll_modify(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    int fd = Obj_AsFileDescriptor(args[0]), mask;
    if (fd < 0 || eventmask_of(args[1], &mask) < 0) return NULL;
    Object *d = ((Poll *)self)->fds, *old;
    int found = Dict_Lookup(d, SMALL_FROM(fd), &old);
    if (found < 0) return NULL;
    if (!found) {
        errno = ENOENT;
        return Err_FromErrno(Exc_OSError);
    }
    return Dict_SetItem(d, SMALL_FROM(fd), SMALL_FROM(mask)) < 0 ? NULL : NEWREF(OBJ_NONE);
}

static Object *poll_unregister(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    int fd = Obj_AsFileDescriptor(args[0]);
    if (fd < 0) return NULL;
    Object *d = ((Poll *)self)->fds, *old;
    int found = Dict_Lookup(d, SMALL_FROM(fd), &old);
    if (found < 0) return NULL;
    if (!found) {
        Err_SetObject(Exc_KeyError, SMALL_FROM(fd));
        return NULL;
    }
    return Dict_Pop(d, SMALL_FROM(fd), NULL) < 0 ? NULL : NEWREF(OBJ_NONE);
}

static Object *poll_poll(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    int64_t timeout;
    if (Timeout_ToNs(nargs > 0 ? args[0] : NULL, 1000, "timeout must be an integer or None", &timeout) < 0)
        return NULL;
    Object *d = ((Poll *)self)->fds;
    Object *items = Dict_Items(d);
    if (!items) return NULL;
    ssize_t n = LIST_LEN(items);
    struct pollfd *pfds = malloc(sizeof *pfds * (size_t)(n + 1));
    if (!pfds) {
        DECREF(items);
        return Err_NoMemory();
    }
    for (ssize_t i = 0; i < n; i++) {
        Object *kv = LIST_GET(items, i);
        pfds[i].fd = (int)SMALL_VAL(TUPLE_GET(kv, 0));
        pfds[i].events = (short)SMALL_VAL(TUPLE_GET(kv, 1));
        pfds[i].revents = 0;
    }
    DECREF(items);
    int64_t deadline = timeout < 0 ? -1 : now_ns() + timeout;
    int got;
    while ((got = poll(pfds, (nfds_t)n, ms_of(time_left(deadline)))) < 0 && errno == EINTR) {
        if (Signals_Run() < 0) {
            free(pfds);
            return NULL;
        }
    }
    Object *r = got < 0 ? Err_FromErrno(Exc_OSError) : List_New(0);
    for (ssize_t i = 0; r && i < n; i++) {
        if (!pfds[i].revents) continue;
        Object *t = Tuple_Pack(2, SMALL_FROM(pfds[i].fd), SMALL_FROM(pfds[i].revents & 0xFFFF));
        if (List_AppendSteal(r, t) < 0) CLEAR(r);
    }
    free(pfds);
    return r;
}

static const MethodDef poll_methods[] = {
    {"register", poll_register, 0,
     ARGS("($self, fd,\n         eventmask=select.POLLIN | select.POLLPRI | select.POLLOUT, /)",
          "Register a file descriptor with the polling object.\n\n"
          "  fd\n    either an integer, or an object with a fileno() method returning an int\n"
          "  eventmask\n    an optional bitmask describing the type of events to check for")},
    {"modify", poll_modify, 0,
     ARGS("($self, fd, eventmask, /)", "Modify an already registered file descriptor.\n\n"
                                       "  fd\n    either an integer, or an object with a fileno() method returning\n"
                                       "    an int\n"
                                       "  eventmask\n    a bitmask describing the type of events to check for")},
    {"unregister", poll_unregister, 0,
     ARGS("($self, fd, /)", "Remove a file descriptor being tracked by the polling object.")},
    {"poll", poll_poll, 0,
     ARGS("($self, timeout=None, /)",
          "Polls the set of registered file descriptors.\n\n"
          "  timeout\n    The maximum time to wait in milliseconds, or else None (or a negative\n"
          "    value) to wait indefinitely.\n\n"
          "Returns a list containing any descriptors that have events or errors\n"
          "to report, as a list of (fd, event) 2-tuples.")},
    {NULL, NULL, 0, NULL},
};

static Type Poll_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "select.poll",
    .basicsize = sizeof(Poll),
    .flags = TPFLAG_GC,
    .dealloc = poll_dealloc,
    .traverse = poll_traverse,
    .methods = poll_methods,
};

/* ---- epoll objects -------------------------------------------------------------- */

typedef struct Epoll {
    Object ob;
    int fd; /* -1 once closed */
} Epoll;

static Type Epoll_Type;

static void epoll_dealloc(Object *o) {
    Epoll *e = (Epoll *)o;
    if (e->fd >= 0) close(e->fd);
    Obj_Free(o);
}

static Object *epoll_wrap(Type *t, int fd) {
    Epoll *e = (Epoll *)Obj_Alloc(t, sizeof(Epoll));
    if (!e) {
        close(fd);
        return NULL;
    }
    e->fd = fd;
    return (Object *)e;
}

static Object *epoll_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[2];
    if (Arg_Unpack(t->args, "epoll", args, nargs, kwnames, a) < 0) return NULL;
    int sizehint = -1, flags = 0;
    if ((a[0] && Arg_AsInt(a[0], &sizehint) < 0) || (a[1] && Arg_AsInt(a[1], &flags) < 0)) return NULL;
    if (sizehint == 0 || sizehint < -1) {
        Err_SetString(Exc_ValueError, "negative sizehint");
        return NULL;
    }
    if (flags && flags != EPOLL_CLOEXEC) {
        Object *msg = Str_FromUTF8("invalid flags", -1);
        if (msg) Err_SetObject(Exc_OSError, msg);
        XDECREF(msg);
        return NULL;
    }
    int fd = epoll_create1(EPOLL_CLOEXEC);
    if (fd < 0) return Err_FromErrno(Exc_OSError);
    return epoll_wrap(t, fd);
}

/* The epoll object's descriptor; -1 with ValueError once it is closed. */
static int epoll_fd(Object *self) {
    int fd = ((Epoll *)self)->fd;
    if (fd < 0) Err_SetString(Exc_ValueError, "I/O operation on closed epoll object");
    return fd;
}

static Object *epoll_ctl_call(Object *self, int op, Object *fdobj, Object *maskobj, unsigned defmask) {
    int efd = epoll_fd(self);
    if (efd < 0) return NULL;
    int fd = Obj_AsFileDescriptor(fdobj);
    if (fd < 0) return NULL;
    unsigned mask = defmask;
    if (maskobj) {
        int64_t v;
        if (Int_AsI64(maskobj, &v) < 0) return NULL;
        mask = (unsigned)(uint64_t)v; /* CPython's "I": the low bits, unchecked */
    }
    struct epoll_event ev = {.events = mask, .data.fd = fd};
    if (epoll_ctl(efd, op, fd, &ev) < 0) return Err_FromErrno(Exc_OSError);
    return NEWREF(OBJ_NONE);
}

static Object *epoll_register(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return epoll_ctl_call(self, EPOLL_CTL_ADD, args[0], nargs > 1 ? args[1] : NULL, EPOLLIN | EPOLLPRI | EPOLLOUT);
}

static Object *epoll_modify(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return epoll_ctl_call(self, EPOLL_CTL_MOD, args[0], args[1], 0);
}

static Object *epoll_unregister(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return epoll_ctl_call(self, EPOLL_CTL_DEL, args[0], NULL, 0);
}

static Object *epoll_poll(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    int efd = epoll_fd(self), maxevents = -1;
    if (efd < 0) return NULL;
    int64_t timeout;
    if (Timeout_ToNs(nargs > 0 ? args[0] : NULL, 1, "timeout must be an integer or None", &timeout) < 0) return NULL;
    if (nargs > 1 && args[1] && Arg_AsInt(args[1], &maxevents) < 0) return NULL;
    if (maxevents == -1) maxevents = FD_SETSIZE - 1;
    else if (maxevents < 1) {
        Err_Format(Exc_ValueError, "maxevents must be greater than 0, got %d", maxevents);
        return NULL;
    }
    struct epoll_event *evs = malloc(sizeof *evs * (size_t)maxevents);
    if (!evs) return Err_NoMemory();
    int64_t deadline = timeout < 0 ? -1 : now_ns() + timeout;
    int n;
    while ((n = epoll_wait(efd, evs, maxevents, ms_of(time_left(deadline)))) < 0 && errno == EINTR) {
        if (Signals_Run() < 0) {
            free(evs);
            return NULL;
        }
    }
    Object *r = n < 0 ? Err_FromErrno(Exc_OSError) : List_New(0);
    for (int i = 0; r && i < n; i++) {
        Object *ev = Int_FromI64(evs[i].events);
        Object *t = ev ? Tuple_Pack(2, SMALL_FROM(evs[i].data.fd), ev) : NULL;
        XDECREF(ev);
        if (List_AppendSteal(r, t) < 0) CLEAR(r);
    }
    free(evs);
    return r;
}

static Object *epoll_close(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Epoll *e = (Epoll *)self;
    if (e->fd >= 0) {
        int fd = e->fd;
        e->fd = -1;
        if (close(fd) < 0) return Err_FromErrno(Exc_OSError);
    }
    return NEWREF(OBJ_NONE);
}

static Object *epoll_fileno(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    int fd = epoll_fd(self);
    return fd < 0 ? NULL : SMALL_FROM(fd);
}

static Object *epoll_fromfd(Object *cls, Object *const *args, size_t nargs, Object *kwnames) {
    int fd;
    if (Arg_AsInt(args[0], &fd) < 0) return NULL;
    return epoll_wrap((Type *)cls, fd);
}

static Object *epoll_enter(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return epoll_fd(self) < 0 ? NULL : NEWREF(self);
}

static Object *epoll_exit(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return epoll_close(self, NULL, 0, NULL);
}

static Object *epoll_closed(Object *self) { return Bool_From(((Epoll *)self)->fd < 0); }

static const MethodDef epoll_methods[] = {
    {"close", epoll_close, 0,
     ARGS("($self, /)", "Close the epoll control file descriptor.\n\n"
                        "Further operations on the epoll object will raise an exception.")},
    {"fileno", epoll_fileno, 0, ARGS("($self, /)", "Return the epoll control file descriptor.")},
    {"fromfd", epoll_fromfd, METH_CLASS, ARGS("($type, fd, /)", "Create an epoll object from a given control fd.")},
    {"register", epoll_register, 0,
     ARGS("($self, /, fd,\n         eventmask=select.EPOLLIN | select.EPOLLPRI | select.EPOLLOUT)",
          "Registers a new fd or raises an OSError if the fd is already registered.\n\n"
          "  fd\n    the target file descriptor of the operation\n"
          "  eventmask\n    a bit set composed of the various EPOLL constants\n\n"
          "The epoll interface supports all file descriptors that support poll.")},
    {"modify", epoll_modify, 0,
     ARGS("($self, /, fd, eventmask)", "Modify event mask for a registered file descriptor.\n\n"
                                       "  fd\n    the target file descriptor of the operation\n"
                                       "  eventmask\n    a bit set composed of the various EPOLL constants")},
    {"unregister", epoll_unregister, 0,
     ARGS("($self, /, fd)", "Remove a registered file descriptor from the epoll object.\n\n"
                            "  fd\n    the target file descriptor of the operation")},
    {"poll", epoll_poll, 0,
     ARGS("($self, /, timeout=None, maxevents=-1)",
          "Wait for events on the epoll file descriptor.\n\n"
          "  timeout\n    the maximum time to wait in seconds (as float);\n"
          "    a timeout of None or -1 makes poll wait indefinitely\n"
          "  maxevents\n    the maximum number of events returned; -1 means no limit\n\n"
          "Returns a list containing any descriptors that have events to\n"
          "report, as a list of (fd, events) 2-tuples.")},
    {"__enter__", epoll_enter, 0, ARGS("($self, /)", NULL)},
    {"__exit__", epoll_exit, 0, ARGS("($self, exc_type=None, exc_value=None, exc_tb=None, /)", NULL)},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef epoll_getset[] = {
    {"closed", epoll_closed, NULL, "True if the epoll handler is closed"},
    {NULL, NULL, NULL, NULL},
};

static Type Epoll_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "select.epoll",
    .doc = "select.epoll(sizehint=-1, flags=0)\n\n"
           "Returns an epolling object\n\n"
           "sizehint must be a positive integer or -1 for the default size. The\n"
           "sizehint is used to optimize internal data structures. It doesn't limit\n"
           "the maximum number of monitored events.",
    .basicsize = sizeof(Epoll),
    .dealloc = epoll_dealloc,
    .methods = epoll_methods,
    .getset = epoll_getset,
    .new_ = epoll_new,
    .args = ARGS_F(ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE, "(sizehint=-1, flags=0)", NULL),
};

static const MethodDef select_functions[] = {
    {"select", select_select, 0,
     ARGS("($module, rlist, wlist, xlist, timeout=None, /)",
          "Wait until one or more file descriptors are ready for some kind of I/O.\n\n"
          "The first three arguments are iterables of file descriptors to be waited\n"
          "for:\n"
          "rlist -- wait until ready for reading\n"
          "wlist -- wait until ready for writing\n"
          "xlist -- wait for an \"exceptional condition\"\n"
          "If only one kind of condition is required, pass [] for the other lists.\n\n"
          "A file descriptor is either a socket or file object, or a small integer\n"
          "gotten from a fileno() method call on one of those.\n\n"
          "The optional 4th argument specifies a timeout in seconds; it may be\n"
          "a floating-point number to specify fractions of seconds.  If it is absent\n"
          "or None, the call will never time out.\n\n"
          "The return value is a tuple of three lists corresponding to the first\n"
          "three arguments; each contains the subset of the corresponding file\n"
          "descriptors that are ready.\n\n"
          "*** IMPORTANT NOTICE ***\n"
          "On Windows, only sockets are supported; on Unix, all file\n"
          "descriptors can be used.")},
    {"poll", select_poll, 0,
     ARGS("($module, /)", "Returns a polling object.\n\n"
                          "This object supports registering and unregistering file descriptors, and\n"
                          "then polling them for I/O events.")},
    {NULL, NULL, 0, NULL},
};

Type *const Select_Types[] = {&Poll_Type, &Epoll_Type, NULL};

int Select_Init(Object *module) {
    static const struct {
        const char *name;
        long value;
    } constants[] = {
        {"PIPE_BUF", PIPE_BUF},       {"POLLIN", POLLIN},           {"POLLPRI", POLLPRI},
        {"POLLOUT", POLLOUT},         {"POLLERR", POLLERR},         {"POLLHUP", POLLHUP},
        {"POLLNVAL", POLLNVAL},       {"POLLRDNORM", POLLRDNORM},   {"POLLRDBAND", POLLRDBAND},
        {"POLLWRNORM", POLLWRNORM},   {"POLLWRBAND", POLLWRBAND},   {"POLLMSG", POLLMSG},
        {"POLLRDHUP", POLLRDHUP},     {"EPOLLIN", EPOLLIN},         {"EPOLLOUT", EPOLLOUT},
        {"EPOLLPRI", EPOLLPRI},       {"EPOLLERR", EPOLLERR},       {"EPOLLHUP", EPOLLHUP},
        {"EPOLLET", (long)(unsigned)EPOLLET}, {"EPOLLONESHOT", EPOLLONESHOT}, {"EPOLLEXCLUSIVE", EPOLLEXCLUSIVE},
        {"EPOLLRDHUP", EPOLLRDHUP},   {"EPOLLRDNORM", EPOLLRDNORM}, {"EPOLLRDBAND", EPOLLRDBAND},
        {"EPOLLWRNORM", EPOLLWRNORM}, {"EPOLLWRBAND", EPOLLWRBAND}, {"EPOLLMSG", EPOLLMSG},
        {"EPOLLWAKEUP", EPOLLWAKEUP}, {"EPOLL_CLOEXEC", EPOLL_CLOEXEC},
    };
    static const char doc[] = "This module supports asynchronous I/O on multiple file descriptors.\n\n"
                              "*** IMPORTANT NOTICE ***\n"
                              "On Windows, only sockets are supported; on Unix, all file descriptors.";
    if (Module_AddFunctions(module, select_functions) < 0 ||
        Module_AddObjectSteal(module, "__doc__", Str_FromUTF8(doc, -1)) < 0 ||
        Module_AddObject(module, "error", (Object *)Exc_OSError) < 0 ||
        Module_AddObject(module, "epoll", (Object *)&Epoll_Type) < 0)
        return -1;
    for (size_t i = 0; i < sizeof constants / sizeof *constants; i++)
        if (Module_AddObjectSteal(module, constants[i].name, Int_FromI64(constants[i].value)) < 0) return -1;
    return 0;
}
