/* _socket, the module: its errors, the default timeout, byte order, dup,
 * close and socketpair, CMSG_LEN/CMSG_SPACE, and start-up. */
#define _GNU_SOURCE
#include "abstract.h"
#include "class.h"
#include "modules/modules.h"
#include "modules/socket.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/import.h"
#include "runtime/oserror.h"
#include "runtime/signals.h"
#include "runtime/timeout.h"
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <netdb.h>
#include <unistd.h>

/* ---- errors ------------------------------------------------------------------------ */

Object *Socket_Error(void) { return Err_SetFromErrnoValue(errno, NULL); }

/* Raises _socket.NAME(code, text). */
static Object *raise_module_error(const char *name, int code, const char *text) {
    Object *mod = Import_ImportC("_socket");
    Object *cls = mod ? Obj_GetAttrC(mod, name) : NULL;
    XDECREF(mod);
    if (!cls) return NULL;
    Object *msg = Str_FromUTF8(text, -1);
    Object *a[2] = {SMALL_FROM(code), msg};
    Object *exc = msg ? Obj_Call(cls, a, 2, NULL) : NULL;
    XDECREF(msg);
    DECREF(cls);
    if (exc) Err_SetRaised(exc);
    return NULL;
}

Object *Socket_GaiError(int code) {
    if (code == EAI_SYSTEM) return Socket_Error();
    return raise_module_error("gaierror", code, gai_strerror(code));
}

Object *Socket_HError(int code) { return raise_module_error("herror", code, hstrerror(code)); }

/* class NAME(OSError) in module _socket (its qualified name "socket.NAME",
 * as CPython's). */
static Object *make_error(const char *name) {
    Object *n = Str_FromUTF8(name, -1), *bases = Tuple_Pack(1, (Object *)Exc_OSError), *ns = Dict_New();
    Object *mod = Str_FromUTF8("socket", -1), *t = NULL;
    if (n && bases && ns && mod && Dict_SetStr(ns, "__module__", mod) == 0) t = Class_New(&Type_Type, n, bases, ns);
    XDECREF(n);
    XDECREF(bases);
    XDECREF(ns);
    XDECREF(mod);
    return t;
}

/* ---- timeouts -------------------------------------------------------------------- */

static _Thread_local int64_t default_timeout = -1;

int64_t Socket_DefaultTimeout(void) { return default_timeout; }

int Socket_TimeoutOf(Object *o, int64_t *ns) {
    if (Timeout_ToNs(o, 1, NULL, ns) < 0) return -1;
    if (*ns < -1 || (*ns == -1 && o != OBJ_NONE)) {
        Err_SetString(Exc_ValueError, "Timeout value out of range");
        return -1;
    }
    return 0;
}

Object *Socket_TimeoutObject(int64_t ns) {
    if (ns < 0) RETURN_NONE;
    return Float_From((double)ns / 1e9);
}

static Object *sock_getdefaulttimeout(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return Socket_TimeoutObject(default_timeout);
}

static Object *sock_setdefaulttimeout(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int64_t ns;
    if (Socket_TimeoutOf(args[0], &ns) < 0) return NULL;
    default_timeout = ns;
    RETURN_NONE;
}

/* ---- byte order ------------------------------------------------------------------ */

static Object *swap(Object *o, bool wide) {
    uint64_t v;
    if (Int_AsUnsigned(o, wide ? "uint32_t" : "uint16_t", wide ? UINT32_MAX : UINT16_MAX, &v) < 0) return NULL;
    return Int_FromU64(wide ? htonl((uint32_t)v) : htons((uint16_t)v));
}

static Object *sock_htons(Object *m, Object *const *args, size_t nargs, Object *kwnames) { return swap(args[0], false); }
static Object *sock_htonl(Object *m, Object *const *args, size_t nargs, Object *kwnames) { return swap(args[0], true); }

/* ---- descriptors -------------------------------------------------------------------- */

static Object *sock_dup(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int fd;
    if (Arg_AsInt(args[0], &fd) < 0) return NULL;
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (r < 0) return Socket_Error();
    return Int_FromI64(r);
}

static Object *sock_closefd(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int fd;
    if (Arg_AsInt(args[0], &fd) < 0) return NULL;
    if (close(fd) < 0 && errno != ECONNRESET) return Socket_Error();
    RETURN_NONE;
}

/* A new _socket.socket over fd (stolen: closed on failure), made without
 * its constructor, as CPython's socketpair() makes them (no audit event). */
static Object *wrap_fd(int fd, int family, int type, int proto) {
    Sock *s = (Sock *)Obj_Alloc(&Sock_Type, sizeof(Sock));
    if (!s) {
        close(fd);
        return NULL;
    }
    s->fd = fd;
    s->family = family;
    s->type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    s->proto = proto;
    s->timeout = -1;
    if (Socket_DefaultTimeout() >= 0 && Socket_SetTimeout(s, Socket_DefaultTimeout()) < 0) {
        DECREF((Object *)s);
        return NULL;
    }
    return (Object *)s;
}

/* socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0) */
static Object *sock_socketpair(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int family = AF_UNIX, type = SOCK_STREAM, proto = 0, sv[2];
    if ((nargs > 0 && Arg_AsInt(args[0], &family) < 0) || (nargs > 1 && Arg_AsInt(args[1], &type) < 0) ||
        (nargs > 2 && Arg_AsInt(args[2], &proto) < 0))
        return NULL;
    if (socketpair(family, type | SOCK_CLOEXEC, proto, sv) < 0) return Socket_Error();
    Object *a = wrap_fd(sv[0], family, type, proto);
    if (!a) {
        close(sv[1]);
        return NULL;
    }
    Object *b = wrap_fd(sv[1], family, type, proto);
    Object *r = b ? Tuple_Pack(2, a, b) : NULL;
    DECREF(a);
    XDECREF(b);
    return r;
}

static Object *cmsg(Object *o, bool space) {
    ssize_t n = Int_AsSsize(o);
    if (n == -1 && Err_Occurred()) return NULL;
    if (n < 0 || (size_t)n > (size_t)INT32_MAX - 64) {
        Err_Format(Exc_OverflowError, "%s() argument out of range", space ? "CMSG_SPACE" : "CMSG_LEN");
        return NULL;
    }
    return Int_FromU64(space ? CMSG_SPACE((size_t)n) : CMSG_LEN((size_t)n));
}

static Object *sock_cmsg_len(Object *m, Object *const *args, size_t nargs, Object *kwnames) { return cmsg(args[0], false); }
static Object *sock_cmsg_space(Object *m, Object *const *args, size_t nargs, Object *kwnames) { return cmsg(args[0], true); }

static const MethodDef module_functions[] = {
    {"getdefaulttimeout", sock_getdefaulttimeout, 0,
     ARGS_F(ARG_NO_TEXT_SIG, "($module, /)", "getdefaulttimeout() -> timeout\n\n"
                                            "Returns the default timeout in seconds (float) for new socket objects.\n"
                                            "A value of None indicates that new socket objects have no timeout.\n"
                                            "When the socket module is first imported, the default is None.")},
    {"setdefaulttimeout", sock_setdefaulttimeout, 0,
     ARGS_F(ARG_NO_TEXT_SIG, "($module, timeout, /)", "setdefaulttimeout(timeout)\n\n"
                                                     "Set the default timeout in seconds (float) for new socket objects.\n"
                                                     "A value of None indicates that new socket objects have no timeout.\n"
                                                     "When the socket module is first imported, the default is None.")},
    {"htons", sock_htons, 0, ARGS("($module, x, /)", "Convert a 16-bit unsigned integer from host to network byte order.")},
    {"ntohs", sock_htons, 0, ARGS("($module, x, /)", "Convert a 16-bit unsigned integer from network to host byte order.")},
    {"htonl", sock_htonl, 0, ARGS("($module, x, /)", "Convert a 32-bit unsigned integer from host to network byte order.")},
    {"ntohl", sock_htonl, 0, ARGS("($module, x, /)", "Convert a 32-bit unsigned integer from network to host byte order.")},
    {"dup", sock_dup, 0, ARGS_F(ARG_NO_TEXT_SIG, "($module, fd, /)", "dup(integer) -> integer\n\nDuplicate an integer socket file descriptor.  This is like os.dup(), but for\nsockets; on some platforms os.dup() won't work for socket file descriptors.")},
    {"close", sock_closefd, 0, ARGS_F(ARG_NO_TEXT_SIG, "($module, fd, /)", "close(integer) -> None\n\nClose an integer socket file descriptor.  This is like os.close(), but for\nsockets; on some platforms os.close() won't work for socket file descriptors.")},
    {"socketpair", sock_socketpair, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE, "($module, family=AF_UNIX, type=SOCK_STREAM, proto=0, /)",
            "socketpair([family[, type [, proto]]]) -> (socket object, socket object)\n\n"
            "Create a pair of socket objects from the sockets returned by the platform\n"
            "socketpair() function.\n"
            "The arguments are the same as for socket() except the default family is\n"
            "AF_UNIX if defined on the platform; otherwise, the default is AF_INET.")},
    {"CMSG_LEN", sock_cmsg_len, 0, ARGS_F(ARG_NO_TEXT_SIG, "($module, length, /)", "CMSG_LEN(length) -> control message length\n\nReturn the total length, without trailing padding, of an ancillary\ndata item with associated data of the given length.")},
    {"CMSG_SPACE", sock_cmsg_space, 0, ARGS_F(ARG_NO_TEXT_SIG, "($module, length, /)", "CMSG_SPACE(length) -> buffer size\n\nReturn the buffer size needed for recvmsg() to receive an ancillary\ndata item with associated data of the given length.")},
    {NULL, NULL, 0, NULL},
};

Type *const Socket_Types[] = {&Sock_Type, NULL};

int Socket_Init(Object *module) {
    static const char doc[] = "Implementation module for socket operations.\n\nSee the socket module for documentation.";
    if (Module_AddFunctions(module, module_functions) < 0 || SocketAddr_Init(module) < 0 ||
        SocketResolve_Init(module) < 0 || Module_AddObjectSteal(module, "__doc__", Str_FromUTF8(doc, -1)) < 0 ||
        Module_AddObject(module, "error", (Object *)Exc_OSError) < 0 ||
        Module_AddObject(module, "timeout", (Object *)Exc_TimeoutError) < 0 ||
        Module_AddObjectSteal(module, "herror", make_error("herror")) < 0 ||
        Module_AddObjectSteal(module, "gaierror", make_error("gaierror")) < 0 ||
        Module_AddObject(module, "socket", (Object *)&Sock_Type) < 0 ||
        Module_AddObject(module, "SocketType", (Object *)&Sock_Type) < 0 ||
        Module_AddObject(module, "has_ipv6", OBJ_TRUE) < 0)
        return -1;
    for (const SocketConst *c = Socket_Consts; c->name; c++)
        if (Module_AddObjectSteal(module, c->name, Int_FromI64(c->value)) < 0) return -1;
    return 0;
}
