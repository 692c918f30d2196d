"""Functions that encode a message's payload in place and set its
Content-Transfer-Encoding header."""

__all__ = ["encode_7or8bit", "encode_base64", "encode_noop", "encode_quopri"]

from base64 import encodebytes as _bencode
from quopri import encodestring as _encodestring


def _qencode(s):
    return _encodestring(s, quotetabs=True).replace(b" ", b"=20")


def encode_base64(msg):
    """Payload to base64; Content-Transfer-Encoding: base64."""
    data = msg.get_payload(decode=True)
    msg.set_payload(str(_bencode(data), "ascii"))
    msg["Content-Transfer-Encoding"] = "base64"


def encode_quopri(msg):
    """Payload to quoted-printable; Content-Transfer-Encoding to match."""
    data = msg.get_payload(decode=True)
    msg.set_payload(_qencode(data))
    msg["Content-Transfer-Encoding"] = "quoted-printable"


def encode_7or8bit(msg):
    """Content-Transfer-Encoding: 7bit for ASCII payloads, else 8bit."""
    data = msg.get_payload(decode=True)
    if data is None:
        msg["Content-Transfer-Encoding"] = "7bit"
        return
    try:
        data.decode("ascii")
    except UnicodeError:
        msg["Content-Transfer-Encoding"] = "8bit"
    else:
        msg["Content-Transfer-Encoding"] = "7bit"


def encode_noop(msg):
    """Leave the message as it is."""
