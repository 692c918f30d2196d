"""The exceptions urllib.request raises.  HTTPError is also a response
(a file with headers), so a handler may read its body."""

import urllib.response as _response
from io import BytesIO as _BytesIO

__all__ = ['URLError', 'HTTPError', 'ContentTooShortError']


class URLError(OSError):
    # args holds the reason alone; OSError's errno/strerror stay unset
    def __init__(self, reason, filename=None):
        self.reason = reason
        self.args = (reason,)
        if filename is None:
            return
        self.filename = filename

    def __str__(self):
        return '<urlopen error %s>' % (self.reason,)


class HTTPError(URLError, _response.addinfourl):
    """An HTTP error status; usable as the response that carried it."""

    def __init__(self, url, code, msg, hdrs, fp):
        self.filename = url
        self.fp, self.hdrs, self.msg, self.code = fp, hdrs, msg, code
        _response.addinfourl.__init__(self, _BytesIO() if fp is None else fp,
                                      hdrs, url, code)

    def __str__(self):
        return 'HTTP Error %s: %s' % (self.code, self.msg)

    def __repr__(self):
        return '<HTTPError %s: %r>' % (self.code, self.msg)

    reason = property(lambda self: self.msg)

    def _set_headers(self, value):
        self.hdrs = value

    headers = property(lambda self: self.hdrs, _set_headers)


class ContentTooShortError(URLError):
    """Fewer bytes arrived than the Content-Length announced."""

    def __init__(self, message, content):
        super().__init__(message)
        self.content = content
