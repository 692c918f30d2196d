/* _socket's addresses: Python tuples and paths to struct sockaddr and back,
 * host names resolved the way CPython's setipaddr() does, and the
 * inet_aton/inet_ntoa/inet_pton/inet_ntop functions. */
#define _GNU_SOURCE
#include "abstract.h"
#include "modules/posix.h"
#include "modules/socket.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/buffer.h"
#include "runtime/err.h"
#include "runtime/fspath.h"
#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

/* ---- host names ------------------------------------------------------------ */

/* The text of a host argument (str: IDNA-free ASCII/UTF-8, bytes or
 * bytearray): a NUL-terminated copy in buf (size n).  -1 with CPython's
 * TypeError otherwise. */
static int host_text(Object *host, char *buf, size_t n) {
    const uint8_t *p;
    ssize_t len;
    if (Str_Check(host)) {
        const char *s = Str_AsUTF8(host, &len);
        if (!s) return -1;
        p = (const uint8_t *)s;
    } else if (Bytes_Check(host) || TYPE(host) == &ByteArray_Type) {
        if (Buffer_PeekArg(host, &p, &len) < 0) return -1;
    } else {
        Err_Format(Exc_TypeError, "str, bytes or bytearray expected, not %s", TYPE_NAME(host));
        return -1;
    }
    if (memchr(p, 0, (size_t)len)) {
        Err_SetString(Exc_TypeError, "host name must not contain null character");
        return -1;
    }
    if ((size_t)len >= n) {
        Err_SetString(Exc_ValueError, "host name too long");
        return -1;
    }
    memcpy(buf, p, (size_t)len);
    buf[len] = 0;
    return 0;
}

/* name (a host's text) resolved for family into *out. */
static int set_ipaddr(const char *name, int family, SockAddr *out) {
    memset(out, 0, sizeof *out);
    if (name[0] == 0 || !strcmp(name, "<broadcast>")) {
        if (family != AF_INET && !(family == AF_INET6 && name[0] == 0)) {
            Err_SetString(Exc_OSError, "address family mismatched");
            return -1;
        }
        if (family == AF_INET6) {
            out->in6.sin6_family = AF_INET6;
            out->in6.sin6_addr = in6addr_any;
        } else {
            out->in4.sin_family = AF_INET;
            out->in4.sin_addr.s_addr = htonl(name[0] ? INADDR_BROADCAST : INADDR_ANY);
        }
        return 0;
    }
    if (family == AF_INET && inet_pton(AF_INET, name, &out->in4.sin_addr) == 1) {
        out->in4.sin_family = AF_INET;
        return 0;
    }
    if (family == AF_INET6 && inet_pton(AF_INET6, name, &out->in6.sin6_addr) == 1) {
        out->in6.sin6_family = AF_INET6;
        return 0;
    }
    struct addrinfo hints = {.ai_family = family}, *res = NULL;
    int rc = getaddrinfo(name, NULL, &hints, &res);
    if (rc) return Socket_GaiError(rc), -1;
    if (res->ai_addrlen <= sizeof *out) memcpy(out, res->ai_addr, res->ai_addrlen);
    freeaddrinfo(res);
    return 0;
}

int Socket_SetIPAddr(Object *host, int family, SockAddr *out) {
    char name[1025];
    return host_text(host, name, sizeof name) < 0 ? -1 : set_ipaddr(name, family, out);
}

/* ---- parsing ----------------------------------------------------------------- */

/* A port, checked once the host is resolved, as CPython checks it. */
static int port_check(int port, const char *caller) {
    if (port >= 0 && port <= 65535) return 0;
    Err_Format(Exc_OverflowError, "%s(): port must be 0-65535.", caller);
    return -1;
}

int Socket_UIntArg(Object *o, uint32_t *out) {
    if (!Int_Check(o) && !Index_Check(o)) {
        Err_Format(Exc_TypeError, "'%s' object cannot be interpreted as an integer", TYPE_NAME(o));
        return -1;
    }
    Object *i = Obj_Index(o);
    if (!i) return -1;
    mpz_t z;
    mpz_init(z);
    Int_ToMpz(i, z);
    DECREF(i);
    *out = (uint32_t)mpz_get_ui(z);
    if (mpz_sgn(z) < 0) *out = (uint32_t)-*out;
    mpz_clear(z);
    return 0;
}

static int parse_unix(Object *addr, SockAddr *out, socklen_t *len) {
    Object *path = NULL;
    const uint8_t *p;
    ssize_t n;
    if (Str_Check(addr)) {
        if (!(path = Path_EncodeFS(addr))) return -1;
        p = (const uint8_t *)BYTES_DATA(path);
        n = BYTES_LEN(path);
    } else if (Buffer_PeekArg(addr, &p, &n) < 0) {
        return -1;
    }
    int r = -1;
    if ((size_t)n > sizeof out->un.sun_path || ((size_t)n == sizeof out->un.sun_path && n && p[0])) {
        Err_SetString(Exc_OSError, "AF_UNIX path too long");
        goto done;
    }
    memset(&out->un, 0, sizeof out->un);
    out->un.sun_family = AF_UNIX;
    memcpy(out->un.sun_path, p, (size_t)n);
    *len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + (size_t)n + (n && p[0] ? 1 : 0));
    r = 0;
done:
    XDECREF(path);
    return r;
}

static int parse_inet(Object *addr, const char *caller, SockAddr *out, socklen_t *len) {
    if (!Tuple_Check(addr)) {
        Err_Format(Exc_TypeError, "%s(): AF_INET address must be tuple, not %s", caller, TYPE_NAME(addr));
        return -1;
    }
    if (TUPLE_LEN(addr) != 2) {
        Err_SetString(Exc_TypeError, "AF_INET address must be a pair (host, port)");
        return -1;
    }
    int port;
    SockAddr a;
    char name[1025];
    if (host_text(TUPLE_GET(addr, 0), name, sizeof name) < 0 || Arg_AsInt(TUPLE_GET(addr, 1), &port) < 0 ||
        set_ipaddr(name, AF_INET, &a) < 0 || port_check(port, caller) < 0)
        return -1;
    memset(&out->in4, 0, sizeof out->in4);
    out->in4.sin_family = AF_INET;
    out->in4.sin_addr = a.in4.sin_addr;
    out->in4.sin_port = htons((uint16_t)port);
    *len = sizeof out->in4;
    return 0;
}

static int parse_inet6(Object *addr, const char *caller, SockAddr *out, socklen_t *len) {
    static const char shape[] = "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])";
    if (!Tuple_Check(addr)) {
        Err_Format(Exc_TypeError, "%s(): AF_INET6 address must be tuple, not %s", caller, TYPE_NAME(addr));
        return -1;
    }
    ssize_t n = TUPLE_LEN(addr);
    if (n < 2 || n > 4) {
        Err_SetString(Exc_TypeError, shape);
        return -1;
    }
    int port;
    uint32_t flowinfo = 0, scope = 0;
    SockAddr a;
    char name[1025];
    if (host_text(TUPLE_GET(addr, 0), name, sizeof name) < 0 || Arg_AsInt(TUPLE_GET(addr, 1), &port) < 0 ||
        (n > 2 && Socket_UIntArg(TUPLE_GET(addr, 2), &flowinfo) < 0) || (n > 3 && Socket_UIntArg(TUPLE_GET(addr, 3), &scope) < 0) ||
        set_ipaddr(name, AF_INET6, &a) < 0 || port_check(port, caller) < 0)
        return -1;
    if (flowinfo > 0xfffff) {
        Err_Format(Exc_OverflowError, "%s(): flowinfo must be 0-1048575.", caller);
        return -1;
    }
    memset(&out->in6, 0, sizeof out->in6);
    out->in6.sin6_family = AF_INET6;
    out->in6.sin6_addr = a.in6.sin6_addr;
    out->in6.sin6_port = htons((uint16_t)port);
    out->in6.sin6_flowinfo = htonl(flowinfo);
    out->in6.sin6_scope_id = scope;
    *len = sizeof out->in6;
    return 0;
}

int Socket_ParseAddr(Sock *s, Object *addr, const char *caller, SockAddr *out, socklen_t *len) {
    switch (s->family) {
    case AF_UNIX: return parse_unix(addr, out, len);
    case AF_INET: return parse_inet(addr, caller, out, len);
    case AF_INET6: return parse_inet6(addr, caller, out, len);
    default:
        Err_Format(Exc_OSError, "%s(): bad family", caller);
        return -1;
    }
}

/* ---- making ------------------------------------------------------------------ */

Object *Socket_MakeAddr(const struct sockaddr *sa, socklen_t len, int proto) {
    char buf[INET6_ADDRSTRLEN];
    if (len == 0) RETURN_NONE;
    switch (sa->sa_family) {
    case AF_INET: {
        const struct sockaddr_in *a = (const struct sockaddr_in *)sa;
        inet_ntop(AF_INET, &a->sin_addr, buf, sizeof buf);
        Object *host = Str_FromUTF8(buf, -1);
        Object *r = host ? Tuple_Pack(2, host, SMALL_FROM(ntohs(a->sin_port))) : NULL;
        XDECREF(host);
        return r;
    }
    case AF_INET6: {
        const struct sockaddr_in6 *a = (const struct sockaddr_in6 *)sa;
        inet_ntop(AF_INET6, &a->sin6_addr, buf, sizeof buf);
        Object *host = Str_FromUTF8(buf, -1);
        Object *flow = Int_FromU64(ntohl(a->sin6_flowinfo)), *scope = Int_FromU64(a->sin6_scope_id);
        Object *r = host && flow && scope
                        ? Tuple_Pack(4, host, SMALL_FROM(ntohs(a->sin6_port)), flow, scope)
                        : NULL;
        XDECREF(host);
        XDECREF(flow);
        XDECREF(scope);
        return r;
    }
    case AF_UNIX: {
        const struct sockaddr_un *a = (const struct sockaddr_un *)sa;
        ssize_t n = (ssize_t)len - (ssize_t)offsetof(struct sockaddr_un, sun_path);
        if (n <= 0) return Str_FromUTF8("", 0);
        if (a->sun_path[0] == 0) return Bytes_From(a->sun_path, n); /* Linux's abstract namespace */
        return Posix_DecodeFS(a->sun_path, (ssize_t)strnlen(a->sun_path, (size_t)n));
    }
    default:
{
        Object *data = Bytes_From(sa->sa_data, sizeof sa->sa_data), *r;
        r = data ? Tuple_Pack(2, SMALL_FROM(sa->sa_family), data) : NULL;
        XDECREF(data);
        return r;
    }
    }
}

/* ---- inet_* -------------------------------------------------------------------- */

static Object *sock_inet_aton(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    if (!Str_Check(args[0])) {
        Err_Format(Exc_TypeError, "inet_aton() argument must be str, not %s", ARG_TYPE_NAME(args[0]));
        return NULL;
    }
    const char *s = Str_AsCString(args[0]);
    if (!s) return NULL;
    struct in_addr a;
    if (!inet_aton(s, &a)) {
        Err_SetString(Exc_OSError, "illegal IP address string passed to inet_aton");
        return NULL;
    }
    return Bytes_From(&a, 4);
}

static Object *sock_inet_ntoa(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    const uint8_t *p;
    ssize_t n;
    BufferView hold = {0};
    if (Buffer_PeekArgHeld(args[0], &p, &n, &hold) < 0) return NULL;
    if (n != 4) {
        Buffer_Release(&hold);
        Err_SetString(Exc_OSError, "packed IP wrong length for inet_ntoa");
        return NULL;
    }
    char buf[INET_ADDRSTRLEN];
    snprintf(buf, sizeof buf, "%u.%u.%u.%u", p[0], p[1], p[2], p[3]);
    Buffer_Release(&hold);
    return Str_FromUTF8(buf, -1);
}

static Object *sock_inet_pton(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int af;
    if (Arg_AsInt(args[0], &af) < 0) return NULL;
    if (!Str_Check(args[1])) {
        Err_Format(Exc_TypeError, "inet_pton() argument 2 must be str, not %s", ARG_TYPE_NAME(args[1]));
        return NULL;
    }
    const char *s = Str_AsCString(args[1]);
    if (!s) return NULL;
    unsigned char buf[sizeof(struct in6_addr)];
    int r = inet_pton(af, s, buf);
    if (r < 0) return Socket_Error();
    if (r == 0) {
        Err_SetString(Exc_OSError, "illegal IP address string passed to inet_pton");
        return NULL;
    }
    return Bytes_From(buf, af == AF_INET ? 4 : 16);
}

static Object *sock_inet_ntop(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int af;
    if (Arg_AsInt(args[0], &af) < 0) return NULL;
    const uint8_t *p;
    ssize_t n;
    BufferView hold = {0};
    if (Buffer_PeekArgHeld(args[1], &p, &n, &hold) < 0) return NULL;
    Object *r = NULL;
    char buf[INET6_ADDRSTRLEN];
    if (af != AF_INET && af != AF_INET6) {
        Err_Format(Exc_ValueError, "unknown address family %d", af);
    } else if (n != (af == AF_INET ? 4 : 16)) {
        Err_SetString(Exc_ValueError, "invalid length of packed IP address string");
    } else if (!inet_ntop(af, p, buf, sizeof buf)) {
        Socket_Error();
    } else {
        r = Str_FromUTF8(buf, -1);
    }
    Buffer_Release(&hold);
    return r;
}

static const MethodDef addr_functions[] = {
    {"inet_aton", sock_inet_aton, 0,
     ARGS("($module, string, /)", "Convert an IP address in string format (123.45.67.89) to the 32-bit packed "
                                  "binary format used in low-level network functions.")},
    {"inet_ntoa", sock_inet_ntoa, 0,
     ARGS("($module, packed_ip, /)", "Convert an IP address from 32-bit packed binary format to string format.")},
    {"inet_pton", sock_inet_pton, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE, "($module, af, ip, /)",
            "inet_pton(af, ip) -> packed IP address string\n\n"
            "Convert an IP address from string format to a packed string suitable\n"
            "for use with low-level network functions.")},
    {"inet_ntop", sock_inet_ntop, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE, "($module, af, packed_ip, /)",
            "inet_ntop(af, packed_ip) -> string formatted IP address\n\n"
            "Convert a packed IP address of the given family to string format.")},
    {NULL, NULL, 0, NULL},
};

int SocketAddr_Init(Object *module) { return Module_AddFunctions(module, addr_functions); }
