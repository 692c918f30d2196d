"""Helpers of the zoneinfo cases: build TZif files in memory, and print a
call's result or its exception."""
import io
import struct


def tzif(transitions, types, footer=None, version=2, leaps=0):
    """TZif bytes: transitions is [(utc seconds, type index)], types is
    [(utc offset, isdst, abbreviation)]; version 1 has no 64-bit part."""
    chars = b""
    where = []
    for _, _, name in types:
        where.append(len(chars))
        chars += name.encode() + b"\0"

    def block(size):
        code = ">q" if size == 8 else ">l"
        head = b"TZif" + (b"\0" if version == 1 else str(version).encode()) + bytes(15)
        head += struct.pack(">6l", 0, 0, leaps, len(transitions), len(types), len(chars))
        body = b"".join(struct.pack(code, t) for t, _ in transitions)
        body += bytes(i for _, i in transitions)
        body += b"".join(struct.pack(">lBB", off, dst, w) for (off, dst, _), w in zip(types, where))
        body += chars
        body += b"".join(struct.pack(code, 0) + struct.pack(">l", 0) for _ in range(leaps))
        return head + body

    if version == 1:
        return block(4)
    return block(4) + block(8) + b"\n" + (footer or "").encode() + b"\n"


def stream(*args, **kwargs):
    return io.BytesIO(tzif(*args, **kwargs))


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
