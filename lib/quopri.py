"""Quoted-printable transfer encoding (RFC 1521), over binascii's codec."""

__all__ = ["encode", "decode", "encodestring", "decodestring"]

from binascii import a2b_qp, b2a_qp

ESCAPE = b"="
MAXLINESIZE = 76
HEX = b"0123456789ABCDEF"
EMPTYSTRING = b""


def needsquoting(c, quotetabs, header):
    """Whether the one-byte bytes c must be written as =XX."""
    assert isinstance(c, bytes)
    if c == b" " or c == b"\t":
        return quotetabs
    if c == b"_":
        return header
    return c == ESCAPE or not (b" " <= c <= b"~")


def quote(c):
    """=XX for the one-byte bytes c."""
    assert isinstance(c, bytes) and len(c) == 1
    return b"=%02X" % c[0]


def encode(input, output, quotetabs, header=False):
    """Encode binary file input into binary file output."""
    output.write(b2a_qp(input.read(), quotetabs=quotetabs, header=header))


def encodestring(s, quotetabs=False, header=False):
    return b2a_qp(s, quotetabs=quotetabs, header=header)


def decode(input, output, header=False):
    """Decode binary file input into binary file output ('_' is a space
    when header is true)."""
    output.write(a2b_qp(input.read(), header=header))


def decodestring(s, header=False):
    return a2b_qp(s, header=header)


def ishex(c):
    """Whether the one-byte bytes c is an ASCII hex digit."""
    assert isinstance(c, bytes)
    return c in (b"0123456789abcdefABCDEF"[i:i + 1] for i in range(22))


def unhex(s):
    """The value of a string of hex digits."""
    value = 0
    for ch in s:
        digit = "0123456789abcdef".find(chr(ch).lower())
        assert digit >= 0, "non-hex digit " + repr(bytes((ch,)))
        value = value * 16 + digit
    return value


def main():
    """quopri [-t | -d] [file] ...: encode (or, with -d, decode) the files
    (standard input for none or '-') to standard output; -t quotes tabs."""
    import getopt
    import sys
    try:
        opts, args = getopt.getopt(sys.argv[1:], "td")
    except getopt.error as err:
        sys.stdout = sys.stderr     # (and it stays so, as it always has)
        for line in (err, "usage: quopri [-t | -d] [file] ...",
                     "-t: quote tabs", "-d: decode; default encode"):
            print(line)
        sys.exit(2)
    flags = {flag for flag, _ in opts}
    if flags == {"-t", "-d"}:
        sys.stdout = sys.stderr
        print("-t and -d are mutually exclusive")
        sys.exit(2)
    status = 0
    for name in args or ["-"]:
        if name == "-":
            source = sys.stdin.buffer
        else:
            try:
                source = open(name, "rb")
            except OSError as err:
                sys.stderr.write("%s: can't open (%s)\n" % (name, err))
                status = 1
                continue
        try:
            if "-d" in flags:
                decode(source, sys.stdout.buffer)
            else:
                encode(source, sys.stdout.buffer, "-t" in flags)
        finally:
            if name != "-":
                source.close()
    if status:
        sys.exit(status)


if __name__ == "__main__":
    main()
