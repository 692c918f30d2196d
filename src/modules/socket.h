/* _socket: what its files share (socket.c the socket object, socket_addr.c
 * addresses, socket_resolve.c name resolution, socket_module.c the module's
 * functions and start-up, socket_consts.c the generated constants). */
#ifndef CIPY_SOCKET_H
#define CIPY_SOCKET_H
#include "object.h"
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>

/* One _socket.socket: an fd (-1 once closed or detached), what it was made
 * with, and its timeout (ns; -1 blocking, 0 non-blocking). */
typedef struct Sock {
    Object ob;
    int fd;
    int family, type, proto;
    int64_t timeout;
    bool finalized;
} Sock;

/* Any address a socket may take or give. */
typedef union SockAddr {
    struct sockaddr sa;
    struct sockaddr_in in4;
    struct sockaddr_in6 in6;
    struct sockaddr_un un;
    struct sockaddr_storage storage;
} SockAddr;

typedef struct SocketConst {
    const char *name;
    long long value;
} SocketConst;

extern Type Sock_Type;
extern const SocketConst Socket_Consts[];

/* The default timeout of new sockets (ns, -1 none). */
int64_t Socket_DefaultTimeout(void);
/* A timeout argument (None, or a non-negative int or float) as ns; -1 for
 * None.  CPython's errors: "Timeout value out of range", ... */
int Socket_TimeoutOf(Object *o, int64_t *ns);
/* Sets s's timeout (ns, -1 none) and the descriptor's blocking mode to
 * match.  -1 with OSError. */
int Socket_SetTimeout(Sock *s, int64_t ns);
/* A float (seconds) for a timeout in ns, None for -1. */
Object *Socket_TimeoutObject(int64_t ns);

/* Raises OSError from errno (PEP 475's EINTR handled by the callers). */
Object *Socket_Error(void);
/* Raises _socket.gaierror(code, gai_strerror(code)) (EAI_SYSTEM: OSError
 * from errno); _socket.herror(code, hstrerror(code)). NULL. */
Object *Socket_GaiError(int code);
Object *Socket_HError(int code);

/* The address addr for a socket of s's family, as `caller` ("connect",
 * "bind", "sendto") names it in errors.  Host names are resolved.  -1 on
 * error. */
int Socket_ParseAddr(Sock *s, Object *addr, const char *caller, SockAddr *out, socklen_t *len);
/* A host given as str/bytes/bytearray, resolved for family into *out
 * (AF_INET: struct in_addr, AF_INET6: struct in6_addr) or -1. */
int Socket_SetIPAddr(Object *host, int family, SockAddr *out);
/* An unsigned int argument as CPython's "I" format reads it: any int,
 * taken modulo 2**32; TypeError for a non-int.  -1 on error. */
int Socket_UIntArg(Object *o, uint32_t *out);
/* The Python form of an address (a new reference); None for an empty one. */
Object *Socket_MakeAddr(const struct sockaddr *sa, socklen_t len, int proto);

int SocketAddr_Init(Object *module);    /* inet_aton, inet_ntoa, inet_pton, inet_ntop */
int SocketResolve_Init(Object *module); /* getaddrinfo, gethostbyname, ... */
#endif
