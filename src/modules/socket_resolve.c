/* _socket's name resolution: getaddrinfo, getnameinfo, the gethostby*
 * family, services, protocols, the host name and network interfaces. */
#define _GNU_SOURCE
#include "abstract.h"
#include "modules/socket.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/audit.h"
#include "runtime/buffer.h"
#include "runtime/err.h"
#include "runtime/fspath.h"
#include <arpa/inet.h>
#include <errno.h>
#include <net/if.h>
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* ---- getaddrinfo / getnameinfo ------------------------------------------------- */

/* getaddrinfo(host, port, family=0, type=0, proto=0, flags=0) */
static Object *sock_getaddrinfo(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Object *host = args[0], *port = args[1], *hostb = NULL, *r = NULL;
    const char *hname = NULL, *pname = NULL;
    char pbuf[32];
    int v[4] = {0, 0, 0, 0};
    for (int i = 0; i < 4; i++)
        if (args[2 + i] && Arg_AsInt(args[2 + i], &v[i]) < 0) return NULL;
    if (Str_Check(host)) {
        if (!(hname = Str_AsCString(host))) return NULL;
    } else if (Bytes_Check(host)) {
        hname = (const char *)BYTES_DATA(host);
    } else if (host != OBJ_NONE) {
        Err_SetString(Exc_TypeError, "getaddrinfo() argument 1 must be string or None");
        return NULL;
    }
    if (Int_Check(port)) {
        int64_t p;
        if (Int_AsI64(port, &p) < 0) return NULL;
        snprintf(pbuf, sizeof pbuf, "%lld", (long long)p);
        pname = pbuf;
    } else if (Str_Check(port)) {
        if (!(pname = Str_AsCString(port))) return NULL;
    } else if (Bytes_Check(port)) {
        pname = (const char *)BYTES_DATA(port);
    } else if (port != OBJ_NONE) {
        Err_SetString(Exc_OSError, "Int or String expected");
        return NULL;
    }
    if (Audit_Eventf("socket.getaddrinfo", "OOiii", host, port, v[0], v[1], v[2]) < 0) return NULL;
    struct addrinfo hints = {.ai_family = v[0], .ai_socktype = v[1], .ai_protocol = v[2], .ai_flags = v[3]}, *res;
    int rc = getaddrinfo(hname, pname, &hints, &res);
    XDECREF(hostb);
    if (rc) return Socket_GaiError(rc);
    r = List_New(0);
    for (struct addrinfo *a = res; r && a; a = a->ai_next) {
        Object *addr = Socket_MakeAddr(a->ai_addr, a->ai_addrlen, a->ai_protocol);
        Object *canon = Str_FromUTF8(a->ai_canonname ? a->ai_canonname : "", -1);
        Object *fam = Int_FromI64(a->ai_family), *typ = Int_FromI64(a->ai_socktype), *pro = Int_FromI64(a->ai_protocol);
        Object *t = addr && canon && fam && typ && pro ? Tuple_Pack(5, fam, typ, pro, canon, addr) : NULL;
        XDECREF(addr);
        XDECREF(canon);
        XDECREF(fam);
        XDECREF(typ);
        XDECREF(pro);
        if (!t || List_Append(r, t) < 0) CLEAR(r);
        XDECREF(t);
    }
    freeaddrinfo(res);
    return r;
}

/* getnameinfo(sockaddr, flags) */
static Object *sock_getnameinfo(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Object *sa = args[0];
    int flags;
    if (!Tuple_Check(sa)) {
        Err_SetString(Exc_TypeError, "getnameinfo() argument 1 must be a tuple");
        return NULL;
    }
    if (Arg_AsInt(args[1], &flags) < 0) return NULL;
    ssize_t n = TUPLE_LEN(sa);
    if (n < 2 || n > 4 || !Str_Check(TUPLE_GET(sa, 0))) {
        Err_SetString(Exc_TypeError, "getnameinfo(): illegal sockaddr argument");
        return NULL;
    }
    int port;
    if (Arg_AsInt(TUPLE_GET(sa, 1), &port) < 0) return NULL;
    uint64_t flow = 0, scope = 0;
    if ((n > 2 && Int_AsUnsigned(TUPLE_GET(sa, 2), "unsigned int", UINT32_MAX, &flow) < 0) ||
        (n > 3 && Int_AsUnsigned(TUPLE_GET(sa, 3), "unsigned int", UINT32_MAX, &scope) < 0))
        return NULL;
    if (flow > 0xfffff) {
        Err_SetString(Exc_OverflowError, "getnameinfo(): flowinfo must be 0-1048575.");
        return NULL;
    }
    const char *host = Str_AsCString(TUPLE_GET(sa, 0));
    if (!host || Audit_Eventf("socket.getnameinfo", "O", sa) < 0) return NULL;
    char pbuf[16];
    snprintf(pbuf, sizeof pbuf, "%d", port);
    struct addrinfo hints = {.ai_family = AF_UNSPEC, .ai_socktype = SOCK_DGRAM, .ai_flags = AI_NUMERICHOST}, *res;
    int rc = getaddrinfo(host, pbuf, &hints, &res);
    if (rc) return Socket_GaiError(rc);
    if (res->ai_next) {
        freeaddrinfo(res);
        Err_SetString(Exc_OSError, "sockaddr resolved to multiple addresses");
        return NULL;
    }
    SockAddr addr;
    memcpy(&addr, res->ai_addr, res->ai_addrlen);
    socklen_t len = res->ai_addrlen;
    freeaddrinfo(res);
    if (addr.sa.sa_family == AF_INET && n != 2) {
        Err_SetString(Exc_OSError, "IPv4 sockaddr must be 2 tuple");
        return NULL;
    }
    if (addr.sa.sa_family == AF_INET6) {
        addr.in6.sin6_flowinfo = htonl((uint32_t)flow);
        addr.in6.sin6_scope_id = (uint32_t)scope;
    }
    char hbuf[NI_MAXHOST], sbuf[NI_MAXSERV];
    rc = getnameinfo(&addr.sa, len, hbuf, sizeof hbuf, sbuf, sizeof sbuf, flags);
    if (rc) return Socket_GaiError(rc);
    Object *h = Str_FromUTF8(hbuf, -1), *s = Str_FromUTF8(sbuf, -1);
    Object *r = h && s ? Tuple_Pack(2, h, s) : NULL;
    XDECREF(h);
    XDECREF(s);
    return r;
}

/* ---- gethostby* -------------------------------------------------------------------- */

/* A host argument, its audit event ("socket.<event>", (host,)) raised, resolved. */
static int host_arg(Object *o, const char *fn, const char *event, SockAddr *addr, int family) {
    if (!Str_Check(o) && !Bytes_Check(o) && TYPE(o) != &ByteArray_Type) {
        Err_Format(Exc_TypeError, "%s() argument 1 must be str, bytes or bytearray, not %s", fn, ARG_TYPE_NAME(o));
        return -1;
    }
    if (Audit_Eventf(event, "O", o) < 0) return -1;
    return Socket_SetIPAddr(o, family, addr);
}

static Object *sock_gethostbyname(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    SockAddr addr;
    if (host_arg(args[0], "gethostbyname", "socket.gethostbyname", &addr, AF_INET) < 0) return NULL;
    char buf[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, &addr.in4.sin_addr, buf, sizeof buf);
    return Str_FromUTF8(buf, -1);
}

/* (name, aliases, addresses) of a struct hostent. */
static Object *host_triple(struct hostent *h) {
    Object *name = Str_FromUTF8(h->h_name, -1), *aliases = List_New(0), *addrs = List_New(0), *r = NULL;
    if (!name || !aliases || !addrs) goto out;
    for (char **a = h->h_aliases; a && *a; a++) {
        Object *s = Str_FromUTF8(*a, -1);
        int bad = !s || List_Append(aliases, s) < 0;
        XDECREF(s);
        if (bad) goto out;
    }
    for (char **a = h->h_addr_list; a && *a; a++) {
        char buf[INET6_ADDRSTRLEN];
        inet_ntop(h->h_addrtype, *a, buf, sizeof buf);
        Object *s = Str_FromUTF8(buf, -1);
        int bad = !s || List_Append(addrs, s) < 0;
        XDECREF(s);
        if (bad) goto out;
    }
    r = Tuple_Pack(3, name, aliases, addrs);
out:
    XDECREF(name);
    XDECREF(aliases);
    XDECREF(addrs);
    return r;
}

static Object *sock_gethostbyname_ex(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    SockAddr addr;
    if (host_arg(args[0], "gethostbyname_ex", "socket.gethostbyname", &addr, AF_INET) < 0) return NULL;
    char name[1025];
    Object *t = Str_Check(args[0]) ? args[0] : NULL;
    const char *s = t ? Str_AsCString(t) : NULL;
    if (t && !s) return NULL;
    snprintf(name, sizeof name, "%s", s ? s : "");
    if (!t) {
        const uint8_t *p;
        ssize_t n;
        if (Buffer_PeekArg(args[0], &p, &n) < 0) return NULL;
        snprintf(name, sizeof name, "%.*s", (int)n, (const char *)p);
    }
    struct hostent he, *res = NULL;
    char buf[16384];
    int herr = 0;
    gethostbyname_r(name, &he, buf, sizeof buf, &res, &herr);
    if (!res) return Socket_HError(herr);
    return host_triple(res);
}

static Object *sock_gethostbyaddr(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    SockAddr addr;
    if (host_arg(args[0], "gethostbyaddr", "socket.gethostbyaddr", &addr, AF_UNSPEC) < 0) return NULL;
    const void *ap = addr.sa.sa_family == AF_INET6 ? (const void *)&addr.in6.sin6_addr : (const void *)&addr.in4.sin_addr;
    socklen_t alen = addr.sa.sa_family == AF_INET6 ? 16 : 4;
    struct hostent he, *res = NULL;
    char buf[16384];
    int herr = 0;
    gethostbyaddr_r(ap, alen, addr.sa.sa_family, &he, buf, sizeof buf, &res, &herr);
    if (!res) return Socket_HError(herr);
    return host_triple(res);
}

static Object *sock_gethostname(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    char buf[1025];
    if (Audit_Eventf("socket.gethostname", "") < 0) return NULL;
    if (gethostname(buf, sizeof buf - 1) < 0) return Socket_Error();
    buf[sizeof buf - 1] = 0;
    return Str_FromUTF8(buf, -1);
}

static Object *sock_sethostname(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Object *b = Path_EncodeFS(args[0]);
    if (!b) return NULL;
    if (Audit_Eventf("socket.sethostname", "O", b) < 0) {
        DECREF(b);
        return NULL;
    }
    int r = sethostname((const char *)BYTES_DATA(b), (size_t)BYTES_LEN(b));
    DECREF(b);
    if (r < 0) return Socket_Error();
    RETURN_NONE;
}

/* ---- services and protocols ------------------------------------------------------ */

static int str_arg(Object *o, const char *fn, int pos, const char **out) {
    if (!Str_Check(o)) {
        Err_Format(Exc_TypeError, "%s() argument %d must be str, not %s", fn, pos, ARG_TYPE_NAME(o));
        return -1;
    }
    return (*out = Str_AsCString(o)) ? 0 : -1;
}

static Object *sock_getservbyname(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    const char *name, *proto = NULL;
    if (str_arg(args[0], "getservbyname", 1, &name) < 0 || (nargs > 1 && str_arg(args[1], "getservbyname", 2, &proto) < 0))
        return NULL;
    if (Audit_Eventf("socket.getservbyname", "OO", args[0], nargs > 1 ? args[1] : NULL) < 0) return NULL;
    struct servent se, *res = NULL;
    char buf[4096];
    getservbyname_r(name, proto, &se, buf, sizeof buf, &res);
    if (!res) {
        Err_SetString(Exc_OSError, "service/proto not found");
        return NULL;
    }
    return Int_FromI64(ntohs((uint16_t)res->s_port));
}

static Object *sock_getservbyport(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int port;
    const char *proto = NULL;
    if (Arg_AsInt(args[0], &port) < 0 || (nargs > 1 && str_arg(args[1], "getservbyport", 2, &proto) < 0)) return NULL;
    if (port < 0 || port > 0xffff) {
        Err_SetString(Exc_OverflowError, "getservbyport: port must be 0-65535.");
        return NULL;
    }
    if (Audit_Eventf("socket.getservbyport", "iO", port, nargs > 1 ? args[1] : NULL) < 0) return NULL;
    struct servent se, *res = NULL;
    char buf[4096];
    getservbyport_r(htons((uint16_t)port), proto, &se, buf, sizeof buf, &res);
    if (!res) {
        Err_SetString(Exc_OSError, "port/proto not found");
        return NULL;
    }
    return Str_FromUTF8(res->s_name, -1);
}

static Object *sock_getprotobyname(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    const char *name;
    if (str_arg(args[0], "getprotobyname", 1, &name) < 0) return NULL;
    struct protoent pe, *res = NULL;
    char buf[4096];
    getprotobyname_r(name, &pe, buf, sizeof buf, &res);
    if (!res) {
        Err_SetString(Exc_OSError, "protocol not found");
        return NULL;
    }
    return Int_FromI64(res->p_proto);
}

/* ---- interfaces -------------------------------------------------------------------- */

static Object *sock_if_nameindex(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    struct if_nameindex *ni = if_nameindex();
    if (!ni) return Socket_Error();
    Object *r = List_New(0);
    for (struct if_nameindex *p = ni; r && p->if_index; p++) {
        Object *idx = Int_FromU64(p->if_index), *name = Str_FromUTF8(p->if_name, -1);
        Object *t = idx && name ? Tuple_Pack(2, idx, name) : NULL;
        XDECREF(idx);
        XDECREF(name);
        if (!t || List_Append(r, t) < 0) CLEAR(r);
        XDECREF(t);
    }
    if_freenameindex(ni);
    return r;
}

static Object *sock_if_nametoindex(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Object *b = Path_EncodeFS(args[0]);
    if (!b) return NULL;
    unsigned idx = if_nametoindex((const char *)BYTES_DATA(b));
    DECREF(b);
    if (!idx) return Socket_Error();
    return Int_FromU64(idx);
}

static Object *sock_if_indextoname(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    uint64_t idx;
    if (Int_AsUnsigned(args[0], "unsigned int", UINT32_MAX, &idx) < 0) return NULL;
    char buf[IF_NAMESIZE + 1];
    if (!if_indextoname((unsigned)idx, buf)) return Socket_Error();
    return Str_FromUTF8(buf, -1);
}

static const MethodDef resolve_functions[] = {
    {"getaddrinfo", sock_getaddrinfo, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_GETARGS_STYLE, "($module, /, host, port, family=0, type=0, proto=0, flags=0)",
            "getaddrinfo(host, port [, family, type, proto, flags])\n    -> list of (family, type, proto, canonname, sockaddr)\n\n"
            "Resolve host and port into addrinfo struct.")},
    {"getnameinfo", sock_getnameinfo, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE, "($module, sockaddr, flags, /)",
            "getnameinfo(sockaddr, flags) --> (host, port)\n\nGet host and port for a sockaddr.")},
    {"gethostbyname", sock_gethostbyname, 0,
     ARGS_F(ARG_NO_TEXT_SIG, "($module, host, /)", "gethostbyname(host) -> address\n\n"
                                                  "Return the IP address (a string of the form '255.255.255.255') for a host.")},
    {"gethostbyname_ex", sock_gethostbyname_ex, 0,
     ARGS_F(ARG_NO_TEXT_SIG, "($module, host, /)", "gethostbyname_ex(host) -> (name, aliaslist, addresslist)\n\n"
                                                  "Return the true host name, a list of aliases, and a list of IP addresses,\n"
                                                  "for a host.  The host argument is a string giving a host name or IP number.")},
    {"gethostbyaddr", sock_gethostbyaddr, 0,
     ARGS_F(ARG_NO_TEXT_SIG, "($module, host, /)", "gethostbyaddr(host) -> (name, aliaslist, addresslist)\n\n"
                                                  "Return the true host name, a list of aliases, and a list of IP addresses,\n"
                                                  "for a host.  The host argument is a string giving a host name or IP number.")},
    {"gethostname", sock_gethostname, 0,
     ARGS_F(ARG_NO_TEXT_SIG, "($module, /)", "gethostname() -> string\n\nReturn the current host name.")},
    {"sethostname", sock_sethostname, 0,
     ARGS_F(ARG_NO_TEXT_SIG, "($module, name, /)", "sethostname(name)\n\nSets the hostname to name.")},
    {"getservbyname", sock_getservbyname, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE, "($module, servicename, protocolname=None, /)",
            "getservbyname(servicename[, protocolname]) -> integer\n\n"
            "Return a port number from a service name and protocol name.\n"
            "The optional protocol name, if given, should be 'tcp' or 'udp',\n"
            "otherwise any protocol will match.")},
    {"getservbyport", sock_getservbyport, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE, "($module, port, protocolname=None, /)",
            "getservbyport(port[, protocolname]) -> string\n\n"
            "Return the service name from a port number and protocol name.\n"
            "The optional protocol name, if given, should be 'tcp' or 'udp',\n"
            "otherwise any protocol will match.")},
    {"getprotobyname", sock_getprotobyname, 0,
     ARGS_F(ARG_NO_TEXT_SIG, "($module, name, /)", "getprotobyname(name) -> integer\n\nReturn the protocol number for the named protocol.  (Rarely used.)")},
    {"if_nameindex", sock_if_nameindex, 0,
     ARGS_F(ARG_NO_TEXT_SIG, "($module, /)", "if_nameindex()\n\nReturns a list of network interface information (index, name) tuples.")},
    {"if_nametoindex", sock_if_nametoindex, 0,
     ARGS("($module, oname, /)", "Returns the interface index corresponding to the interface name if_name.")},
    {"if_indextoname", sock_if_indextoname, 0,
     ARGS("($module, if_index, /)", "Returns the interface name corresponding to the interface index if_index.")},
    {NULL, NULL, 0, NULL},
};

int SocketResolve_Init(Object *module) { return Module_AddFunctions(module, resolve_functions); }
