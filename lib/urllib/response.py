"""File-like objects urlopen() returns: a file with headers, a URL and a
status code attached."""

from tempfile import _TemporaryFileWrapper

__all__ = ['addbase', 'addclosehook', 'addinfo', 'addinfourl']


class addbase(_TemporaryFileWrapper):
    """A wrapped file, closed with the wrapper (never deleted)."""

    def __init__(self, fp):
        _TemporaryFileWrapper.__init__(self, fp, '<urllib response>', delete=False)
        self.fp = fp

    def __repr__(self):
        name = type(self).__name__
        return '<%s at %r whose fp = %r>' % (name, id(self), self.file)

    def __enter__(self):
        if not self.fp.closed:
            return self
        raise ValueError("I/O operation on closed file")

    def __exit__(self, *exc_info):
        self.close()


class addclosehook(addbase):
    """A wrapped file that calls closehook(*hookargs) once, when closed."""

    def __init__(self, fp, closehook, *hookargs):
        addbase.__init__(self, fp)
        self.closehook, self.hookargs = closehook, hookargs

    def close(self):
        hook, args = self.closehook, self.hookargs
        try:
            if hook:
                self.closehook = self.hookargs = None
                hook(*args)
        finally:
            addbase.close(self)


class addinfo(addbase):
    """A wrapped file with info() giving its headers."""

    def __init__(self, fp, headers):
        addbase.__init__(self, fp)
        self.headers = headers

    def info(self):
        return self.headers


class addinfourl(addinfo):
    """A wrapped file with its headers, URL and status code."""

    def __init__(self, fp, headers, url, code=None):
        addinfo.__init__(self, fp, headers)
        self.url, self.code = url, code

    status = property(lambda self: self.code)

    def getcode(self):
        return self.code

    def geturl(self):
        return self.url
