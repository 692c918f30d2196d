# socket workload: ping-pong of small messages over a socketpair (send and
# recv on both ends, recv_into a reused buffer), then a burst of sendall
# of 1 KiB blocks read back with recv.
import socket
import time


N = 8000


def main():
    a, b = socket.socketpair()
    total = 0
    buf = bytearray(64)
    for i in range(N):
        msg = b"ping %d" % i
        a.send(msg)
        got = b.recv(64)
        b.send(got.upper())
        n = a.recv_into(buf)
        total += n + buf[n - 1]
    block = bytes(range(256)) * 4
    for i in range(N // 4):
        a.sendall(block)
        left = len(block)
        while left:
            chunk = b.recv(left)
            left -= len(chunk)
            total += chunk[-1]
    a.close()
    b.close()
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
