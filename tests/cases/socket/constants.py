# A selection of the module's constants and flags.
import socket

names = ["AF_UNSPEC", "AF_UNIX", "AF_INET", "AF_INET6", "AF_PACKET", "AF_NETLINK", "SOCK_STREAM", "SOCK_DGRAM",
         "SOCK_RAW", "SOCK_SEQPACKET", "SOCK_NONBLOCK", "SOCK_CLOEXEC", "SOL_SOCKET", "SO_REUSEADDR",
         "SO_KEEPALIVE", "SO_RCVBUF", "SO_SNDBUF", "SO_REUSEPORT", "SOMAXCONN", "MSG_PEEK", "MSG_WAITALL",
         "MSG_DONTWAIT", "MSG_NOSIGNAL", "IPPROTO_TCP", "IPPROTO_UDP", "IPPROTO_IPV6", "IPV6_V6ONLY",
         "TCP_NODELAY", "TCP_KEEPIDLE", "INADDR_ANY", "INADDR_LOOPBACK", "INADDR_NONE", "AI_PASSIVE",
         "AI_CANONNAME", "NI_NUMERICHOST", "NI_MAXHOST", "EAI_NONAME", "SCM_RIGHTS", "SHUT_RDWR",
         "IP_TTL", "IP_MULTICAST_TTL", "SO_BINDTODEVICE", "AF_CAN", "CAN_RAW", "TIPC_ADDR_ID", "AF_VSOCK",
         "SO_VM_SOCKETS_BUFFER_SIZE", "AF_ALG", "ALG_SET_KEY", "ETH_P_ALL", "ETHERTYPE_IP", "NETLINK_ROUTE",
         "IPPORT_RESERVED", "SO_PEERCRED", "AF_QIPCRTR", "AF_RDS", "IP_RECVERR"]
for n in names:
    print(n, repr(getattr(socket, n, "missing")))
print(socket.has_ipv6, type(socket.SocketType).__name__, socket.SocketType.__name__)
