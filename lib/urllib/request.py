"""Opening URLs: `urlopen`, `Request`, and the opener that passes a request
through a chain of handlers (http://, file: and data: URLs, redirects,
errors, proxies from the environment, Basic and Digest authentication).

Not here: https (there is no ssl module), ftp,
cookies (`HTTPCookieProcessor`) and the legacy `URLopener` classes.
"""
import http.client
import email
import socket
import os
import sys
import io
import re
import string
import base64
import bisect
import hashlib
import time
import tempfile
import contextlib

from urllib.parse import (
    _splittype, _splithost, _splitport, _splituser, _splitpasswd, _splittag,
    urlparse, urlsplit, urlunparse, urljoin, unwrap, quote, unquote,
    unquote_to_bytes)
from urllib.error import ContentTooShortError, HTTPError, URLError
from urllib.response import addclosehook, addinfourl

__all__ = """Request OpenerDirector BaseHandler HTTPDefaultErrorHandler
HTTPRedirectHandler ProxyHandler HTTPPasswordMgr HTTPPasswordMgrWithDefaultRealm
HTTPPasswordMgrWithPriorAuth AbstractBasicAuthHandler HTTPBasicAuthHandler
ProxyBasicAuthHandler AbstractDigestAuthHandler HTTPDigestAuthHandler
ProxyDigestAuthHandler HTTPHandler FileHandler DataHandler UnknownHandler
HTTPErrorProcessor urlopen install_opener build_opener pathname2url
url2pathname getproxies urlretrieve urlcleanup""".split()

__version__ = '%d.%d' % tuple(sys.version_info[:2])

# The opener urlopen uses (made when first needed).
_opener = None


def install_opener(opener):
    """Make `opener` the one urlopen uses."""
    global _opener
    _opener = opener


def urlopen(url, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT,
            *, context=None):
    '''Open `url` (a string or a Request) with the installed opener (one
    from build_opener() until install_opener() sets another), sending
    `data` if given.  `context` is refused: there is no ssl module.'''
    if context:
        raise ValueError("context is not supported: this Python has no ssl module")
    if _opener is None:
        install_opener(build_opener())
    return _opener.open(url, data, timeout)


# The temporary files urlretrieve made, for urlcleanup.
_url_tempfiles = []


def urlretrieve(url, filename=None, reporthook=None, data=None):
    """Copy the resource at `url` into `filename` (a temporary file when
    None; a file: URL is given as it is) and return (filename, headers).
    `reporthook(block_number, block_size, total_size)` follows the copy."""
    kind, path = _splittype(url)
    with contextlib.closing(urlopen(url, data)) as source:
        headers = source.info()
        if kind == "file" and not filename:
            return os.path.normpath(path), headers
        if filename:
            target = open(filename, 'wb')
        else:
            target = tempfile.NamedTemporaryFile(delete=False)
            filename = target.name
            _url_tempfiles.append(filename)
        with target:
            result = filename, headers
            size = int(headers["Content-Length"]) if "content-length" in headers else -1
            block_size = 8192
            count = done = 0
            if reporthook:
                reporthook(count, block_size, size)
            while True:
                block = source.read(block_size)
                if not block:
                    break
                done += len(block)
                target.write(block)
                count += 1
                if reporthook:
                    reporthook(count, block_size, size)
    if size >= 0 and done < size:
        raise ContentTooShortError(
            "retrieval incomplete: got only %i out of %i bytes" % (done, size),
            result)
    return result


def urlcleanup():
    """Remove the temporary files of urlretrieve and forget the opener."""
    global _opener
    for name in _url_tempfiles:
        try:
            os.unlink(name)
        except OSError:
            pass
    _url_tempfiles.clear()
    _opener = None


_cut_port_re = re.compile(r":\d+$", re.ASCII)


def request_host(request):
    """The request's host, lower-cased, without its port (RFC 2965)."""
    host = urlparse(request.full_url)[1] or request.get_header("Host", "")
    return _cut_port_re.sub("", host, 1).lower()


# --- the request -----------------------------------------------------------

class Request:
    """A URL with the data, headers and method to send to it."""

    def __init__(self, url, data=None, headers={},
                 origin_req_host=None, unverifiable=False,
                 method=None):
        self.full_url = url
        # Headers sent again after a redirect, and those sent only once.
        self.headers, self.unredirected_hdrs = {}, {}
        self._tunnel_host = self._data = None
        self.data = data
        for name in headers:
            self.add_header(name, headers[name])
        if origin_req_host is None:
            origin_req_host = request_host(self)
        self.origin_req_host, self.unverifiable = origin_req_host, unverifiable
        if method:
            self.method = method

    @property
    def full_url(self):
        if self.fragment:
            return '%s#%s' % (self._full_url, self.fragment)
        return self._full_url

    @full_url.setter
    def full_url(self, url):
        self._full_url, self.fragment = _splittag(unwrap(url))
        self._parse()

    @full_url.deleter
    def full_url(self):
        self._full_url = self.fragment = None
        self.selector = ''

    def _parse(self):
        scheme, rest = _splittype(self._full_url)
        self.type = scheme
        if scheme is None:
            raise ValueError("unknown url type: %r" % self.full_url)
        host, self.selector = _splithost(rest)
        self.host = unquote(host) if host else host

    def _get_data(self):
        return self._data

    def _set_data(self, data):
        if data == self._data:
            return
        self._data = data
        # A length given for other data no longer holds.
        self.remove_header("Content-length")

    def _del_data(self):
        self.data = None

    data = property(_get_data, _set_data, _del_data)

    def get_method(self):
        """The method given, else POST when there is data, else GET."""
        return getattr(self, 'method', "GET" if self.data is None else "POST")

    def get_full_url(self):
        """The URL, with its fragment."""
        return self.full_url

    def has_proxy(self):
        """True when the request goes to a proxy (the selector is then the
        whole URL)."""
        return self.selector == self.full_url

    def set_proxy(self, host, type):
        """Send the request through the proxy at `host`."""
        if self.type != 'https' or self._tunnel_host:
            self.type, self.selector = type, self.full_url
        else:
            self._tunnel_host = self.host
        self.host = host

    # Header names are kept capitalized ('Content-type').
    def add_header(self, key, val):
        """A header kept on redirection."""
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        """A header for this request only, not for the one a redirect makes."""
        self.unredirected_hdrs[key.capitalize()] = val

    def get_header(self, header_name, default=None):
        if header_name in self.headers:
            return self.headers[header_name]
        return self.unredirected_hdrs.get(header_name, default)

    def has_header(self, header_name):
        return any(header_name in table
                   for table in (self.headers, self.unredirected_hdrs))

    def remove_header(self, header_name):
        for table in (self.headers, self.unredirected_hdrs):
            table.pop(header_name, None)

    def header_items(self):
        merged = dict(self.unredirected_hdrs)
        merged.update(self.headers)
        return list(merged.items())


# --- the opener ------------------------------------------------------------

def _handler_slot(name):
    """What a handler method's name registers it for: (table, key), or
    None.  protocol_open, protocol_request, protocol_response,
    protocol_error_kind (kind an int when it is one)."""
    if name in ("redirect_request", "do_open", "proxy_open"):
        return None
    cut = name.find("_")
    protocol, rest = name[:cut], name[cut + 1:]
    if rest.startswith("error"):
        kind = name[rest.find("_") + cut + 2:]
        try:
            kind = int(kind)
        except ValueError:
            pass
        return ("error", protocol), kind
    tables = {"open": "handle_open", "response": "process_response",
              "request": "process_request"}
    if rest in tables:
        return tables[rest], protocol
    return None


class OpenerDirector:
    """Opens requests by passing them to its handlers: request processors,
    then openers, then response processors; errors go to error handlers."""

    def __init__(self):
        self.addheaders = [('User-agent', "Python-urllib/%s" % __version__)]
        # Handlers by protocol (or 'default'/'unknown') for each stage;
        # handle_error by protocol, then by code.
        self.handle_open, self.handle_error = {}, {}
        self.process_request, self.process_response = {}, {}
        self.handlers = []

    def add_handler(self, handler):
        if not hasattr(handler, "add_parent"):
            raise TypeError("expected BaseHandler instance, got %r" % type(handler))
        added = False
        for name in dir(handler):
            slot = _handler_slot(name)
            if slot is None:
                continue
            table, kind = slot
            if isinstance(table, tuple):
                lookup = self.handle_error.setdefault(table[1], {})
            else:
                lookup = getattr(self, table)
            chain = lookup.setdefault(kind, [])
            if chain:
                bisect.insort(chain, handler)
            else:
                chain.append(handler)
            added = True
        if not added:
            return
        bisect.insort(self.handlers, handler)
        handler.add_parent(self)

    def close(self):
        """Nothing to release."""

    def _call_chain(self, chain, kind, meth_name, *args):
        # The first handler to answer something other than None wins.
        for handler in chain.get(kind, ()):
            result = getattr(handler, meth_name)(*args)
            if result is not None:
                return result

    def open(self, fullurl, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        req = Request(fullurl, data) if isinstance(fullurl, str) else fullurl
        if data is not None and req is fullurl:
            req.data = data
        req.timeout = timeout
        protocol = req.type
        for processor in self.process_request.get(protocol, []):
            req = getattr(processor, protocol + "_request")(req)
        sys.audit('urllib.Request', req.full_url, req.data, req.headers,
                  req.get_method())
        response = self._open(req, data)
        for processor in self.process_response.get(protocol, []):
            response = getattr(processor, protocol + "_response")(req, response)
        return response

    def _open(self, req, data=None):
        result = self._call_chain(self.handle_open, 'default', 'default_open', req)
        if result:
            return result
        protocol = req.type
        result = self._call_chain(self.handle_open, protocol, protocol + '_open', req)
        if result:
            return result
        return self._call_chain(self.handle_open, 'unknown', 'unknown_open', req)

    def error(self, proto, *args):
        if proto not in ('http', 'https'):
            return self._call_chain(self.handle_error, proto, proto + '_error', *args)
        # args: request, response, code, message, headers
        table = self.handle_error['http']
        code = args[2]
        result = self._call_chain(table, code, 'http_error_%s' % code, *args)
        if result:
            return result
        return self._call_chain(table, 'default', 'http_error_default', *args)


def build_opener(*handlers):
    """An OpenerDirector with the default handlers, less those that a
    handler given (a class or an instance) replaces, and the given ones."""
    opener = OpenerDirector()
    defaults = [ProxyHandler, UnknownHandler, HTTPHandler,
                HTTPDefaultErrorHandler, HTTPRedirectHandler,
                FileHandler, HTTPErrorProcessor, DataHandler]

    def replaced(klass):
        for given in handlers:
            if isinstance(given, type):
                if issubclass(given, klass):
                    return True
            elif isinstance(given, klass):
                return True
        return False

    for klass in defaults:
        if not replaced(klass):
            opener.add_handler(klass())
    for given in handlers:
        opener.add_handler(given() if isinstance(given, type) else given)
    return opener


class BaseHandler:
    """A handler: methods named protocol_open, protocol_request,
    protocol_response and protocol_error_code; handlers with a lower
    handler_order are asked first."""
    handler_order = 500

    def __lt__(self, other):
        order = getattr(other, "handler_order", None)
        if order is None:
            return True
        return self.handler_order < order

    def add_parent(self, parent):
        self.parent = parent

    def close(self):
        """Nothing to release."""


class HTTPErrorProcessor(BaseHandler):
    """Process HTTP error responses."""
    handler_order = 1000

    def http_response(self, request, response):
        code = response.code
        if 200 <= code < 300:
            return response
        return self.parent.error('http', request, response, code,
                                 response.msg, response.info())

    https_response = http_response


class HTTPDefaultErrorHandler(BaseHandler):
    """Raises HTTPError for every error response nothing else handled."""

    def http_error_default(self, req, fp, code, msg, hdrs):
        raise HTTPError(req.full_url, code, msg, hdrs, fp)


class HTTPRedirectHandler(BaseHandler):
    # Visits of one URL, and redirections of one request, allowed.
    max_repeats, max_redirections = 4, 10

    inf_msg = ("The HTTP server returned a redirect error that would "
               "lead to an infinite loop.\n"
               "The last 30x error message was:\n")

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        """The Request to follow a redirect with; HTTPError when it must
        not be followed (a method other than GET and HEAD, or POST for
        301-303), None to let another handler try."""
        method = req.get_method()
        follow = (code in (301, 302, 303, 307, 308) and method in ("GET", "HEAD")
                  or code in (301, 302, 303) and method == "POST")
        if not follow:
            raise HTTPError(req.full_url, code, msg, headers, fp)
        kept = {key: value for key, value in req.headers.items()
                if key.lower() not in ("content-length", "content-type")}
        return Request(newurl.replace(' ', '%20'),
                       method="HEAD" if method == "HEAD" else "GET",
                       headers=kept, origin_req_host=req.origin_req_host,
                       unverifiable=True)

    def _target(self, code, msg, headers, fp):
        for name in ("location", "uri"):
            if name in headers:
                newurl = headers[name]
                break
        else:
            return None
        parts = urlparse(newurl)
        if parts.scheme not in ('http', 'https', 'ftp', ''):
            raise HTTPError(newurl, code,
                            "%s - Redirection to url '%s' is not allowed" % (msg, newurl),
                            headers, fp)
        if parts.netloc and not parts.path:
            parts = parts._replace(path="/")
        newurl = quote(urlunparse(parts), encoding="iso-8859-1",
                       safe=string.punctuation)
        return newurl

    def http_error_302(self, req, fp, code, msg, headers):
        newurl = self._target(code, msg, headers, fp)
        if newurl is None:
            return None
        newurl = urljoin(req.full_url, newurl)
        new = self.redirect_request(req, fp, code, msg, headers, newurl)
        if new is None:
            return None
        # The URLs this chain of redirects went through, and how often.
        visited = getattr(req, 'redirect_dict', None)
        if visited is None:
            visited = req.redirect_dict = {}
        elif (visited.get(newurl, 0) >= self.max_repeats
                or len(visited) >= self.max_redirections):
            raise HTTPError(req.full_url, code, self.inf_msg + msg, headers, fp)
        new.redirect_dict = visited
        visited[newurl] = visited.get(newurl, 0) + 1
        # Finish with this response before opening the next.
        fp.read()
        fp.close()
        return self.parent.open(new, timeout=req.timeout)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


# --- proxies ---------------------------------------------------------------

def _parse_proxy(proxy):
    """(scheme, user, password, host:port) of a proxy URL or authority."""
    scheme, rest = _splittype(proxy)
    if rest.startswith("/"):
        if not rest.startswith("//"):
            raise ValueError("proxy URL with no authority: %r" % proxy)
        at = rest.find('@')
        end = rest.find("/", at) if at >= 0 else rest.find("/", 2)
        authority = rest[2:] if end == -1 else rest[2:end]
    else:
        scheme = None
        authority = proxy
    userinfo, hostport = _splituser(authority)
    user = password = None
    if userinfo is not None:
        user, password = _splitpasswd(userinfo)
    return scheme, user, password, hostport


class ProxyHandler(BaseHandler):
    # Before the other openers.
    handler_order = 100

    def __init__(self, proxies=None):
        self.proxies = getproxies() if proxies is None else proxies
        assert hasattr(self.proxies, 'keys'), "proxies must be a mapping"
        proxies = self.proxies
        for kind, url in proxies.items():
            kind = kind.lower()
            setattr(self, '%s_open' % kind,
                    lambda r, proxy=url, type=kind, meth=self.proxy_open:
                        meth(r, proxy, type))

    def proxy_open(self, req, proxy, type):
        original = req.type
        proxy_type, user, password, hostport = _parse_proxy(proxy)
        if proxy_type is None:
            proxy_type = original
        if req.host and proxy_bypass(req.host):
            return None
        if user and password:
            pair = '%s:%s' % (unquote(user), unquote(password))
            token = base64.b64encode(pair.encode()).decode("ascii")
            req.add_header('Proxy-authorization', 'Basic ' + token)
        req.set_proxy(unquote(hostport), proxy_type)
        if original == proxy_type or original == 'https':
            # The same scheme: the normal opener goes through the proxy.
            return None
        return self.parent.open(req, timeout=req.timeout)


def getproxies_environment():
    """{scheme: proxy URL} from the <scheme>_proxy variables (any case;
    the lower-case one wins, and an empty one removes the scheme).
    http_proxy is ignored when REQUEST_METHOD is set (a CGI script)."""
    proxies = {}
    found = []
    for name, value in os.environ.items():
        if len(name) > 5 and name[-6] == "_" and name[-5:].lower() == "proxy":
            scheme = name[:-6].lower()
            found.append((name, value, scheme))
            if value:
                proxies[scheme] = value
    if 'REQUEST_METHOD' in os.environ:
        proxies.pop('http', None)
    for name, value, scheme in found:
        if name.endswith('_proxy'):
            if value:
                proxies[scheme] = value
            else:
                proxies.pop(scheme, None)
    return proxies


def proxy_bypass_environment(host, proxies=None):
    """True when no_proxy ('*' or a list of domain suffixes) covers host."""
    if proxies is None:
        proxies = getproxies_environment()
    if 'no' not in proxies:
        return False
    no_proxy = proxies['no']
    if no_proxy == '*':
        return True
    host = host.lower()
    hostonly = _splitport(host)[0]
    for name in no_proxy.split(','):
        name = name.strip().lstrip('.').lower()
        if not name:
            continue
        if name in (hostonly, host):
            return True
        if hostonly.endswith('.' + name) or host.endswith('.' + name):
            return True
    return False


getproxies = getproxies_environment
proxy_bypass = proxy_bypass_environment


# --- passwords and Basic authentication ------------------------------------

class HTTPPasswordMgr:
    """(user, password) by realm and by the URIs they are for."""

    def __init__(self):
        self.passwd = {}

    def add_password(self, realm, uri, user, passwd):
        uris = [uri] if isinstance(uri, str) else uri
        table = self.passwd.setdefault(realm, {})
        for default_port in (True, False):
            key = tuple(self._reduce_uri_with_scheme(u, default_port) for u in uris)
            table[key] = (user, passwd)

    def find_user_password(self, realm, authuri):
        table = self.passwd.get(realm, {})
        for default_port in (True, False):
            wanted = self._reduce_uri_with_scheme(authuri, default_port)
            for uris, info in table.items():
                for uri in uris:
                    if self._is_suburi_with_scheme(uri, wanted):
                        return info
        return None, None

    def reduce_uri(self, uri, default_port=True):
        """(authority, path) of a URI or an authority."""
        parts = urlsplit(uri)
        if parts[1]:
            scheme, authority, path = parts[0], parts[1], parts[2] or '/'
        else:
            scheme, authority, path = None, uri, '/'
        host, port = _splitport(authority)
        if default_port and port is None and scheme is not None:
            known = {"http": 80, "https": 443}.get(scheme)
            if known is not None:
                authority = "%s:%d" % (host, known)
        return authority, path

    def _reduce_uri_with_scheme(self, uri, default_port=True):
        parts = urlsplit(uri)
        scheme = parts[0] if parts[1] else None
        return (scheme or None,) + self.reduce_uri(uri, default_port)

    def _is_suburi_with_scheme(self, base, test):
        if base[0] is not None and test[0] is not None and base[0] != test[0]:
            return False
        return self.is_suburi(base[1:], test[1:])

    def is_suburi(self, base, test):
        """True when the reduced URI `test` is at or under `base`."""
        if base == test:
            return True
        if base[0] != test[0]:
            return False
        prefix = base[1] if base[1].endswith('/') else base[1] + '/'
        return test[1].startswith(prefix)


class HTTPPasswordMgrWithDefaultRealm(HTTPPasswordMgr):

    def find_user_password(self, realm, authuri):
        user, password = HTTPPasswordMgr.find_user_password(self, realm, authuri)
        if user is not None:
            return user, password
        return HTTPPasswordMgr.find_user_password(self, None, authuri)


class HTTPPasswordMgrWithPriorAuth(HTTPPasswordMgrWithDefaultRealm):

    def __init__(self):
        super().__init__()
        # Whether the credentials of a URI are sent before being asked for.
        self.authenticated = {}

    def add_password(self, realm, uri, user, passwd, is_authenticated=False):
        self.update_authenticated(uri, is_authenticated)
        realms = (realm,) if realm is None else (None, realm)
        for one in realms:
            super().add_password(one, uri, user, passwd)

    def update_authenticated(self, uri, is_authenticated=False):
        uris = [uri] if isinstance(uri, str) else uri
        for default_port in (True, False):
            for u in uris:
                key = self._reduce_uri_with_scheme(u, default_port)
                self.authenticated[key] = is_authenticated

    def is_authenticated(self, authuri):
        for default_port in (True, False):
            wanted = self._reduce_uri_with_scheme(authuri, default_port)
            for uri, state in self.authenticated.items():
                if self._is_suburi_with_scheme(uri, wanted):
                    return state


class AbstractBasicAuthHandler:

    # One challenge of a WWW-Authenticate header: scheme, then the realm,
    # quoted or not.
    rx = re.compile("(?:^|,)[ \t]*([^ \t,]+)[ \t]+" + """realm=(["']?)([^"']*)\\2""", re.I)

    def __init__(self, password_mgr=None):
        self.passwd = HTTPPasswordMgr() if password_mgr is None else password_mgr
        self.add_password = self.passwd.add_password

    def _parse_realm(self, header):
        found = False
        for match in AbstractBasicAuthHandler.rx.finditer(header):
            scheme, quoting, realm = match.groups()
            if quoting not in ('"', "'"):
                import warnings
                warnings.warn("Basic Auth Realm was unquoted", UserWarning, 3)
            yield scheme, realm
            found = True
        if not found:
            yield (header.split()[0] if header else ''), None

    def http_error_auth_reqed(self, authreq, host, req, headers):
        challenges = headers.get_all(authreq)
        if not challenges:
            return None
        unsupported = None
        for header in challenges:
            for scheme, realm in self._parse_realm(header):
                if scheme.lower() != 'basic':
                    unsupported = scheme
                    continue
                if realm is not None:
                    return self.retry_http_basic_auth(host, req, realm)
        if unsupported is not None:
            raise ValueError("AbstractBasicAuthHandler does not "
                             "support the following scheme: %r" % (scheme,))
        return None

    def retry_http_basic_auth(self, host, req, realm):
        user, password = self.passwd.find_user_password(realm, host)
        if password is None:
            return None
        token = base64.b64encode(("%s:%s" % (user, password)).encode()).decode("ascii")
        auth = "Basic " + token
        if req.get_header(self.auth_header, None) == auth:
            return None
        req.add_unredirected_header(self.auth_header, auth)
        return self.parent.open(req, timeout=req.timeout)

    def http_request(self, req):
        if (not hasattr(self.passwd, 'is_authenticated')
                or not self.passwd.is_authenticated(req.full_url)):
            return req
        if not req.has_header('Authorization'):
            user, password = self.passwd.find_user_password(None, req.full_url)
            token = base64.standard_b64encode(("%s:%s" % (user, password)).encode()).decode()
            req.add_unredirected_header('Authorization', 'Basic %s' % token.strip())
        return req

    def http_response(self, req, response):
        if hasattr(self.passwd, 'is_authenticated'):
            self.passwd.update_authenticated(req.full_url, 200 <= response.code < 300)
        return response

    https_request = http_request
    https_response = http_response


class HTTPBasicAuthHandler(AbstractBasicAuthHandler, BaseHandler):

    auth_header = 'Authorization'

    def http_error_401(self, req, fp, code, msg, headers):
        return self.http_error_auth_reqed('www-authenticate', req.full_url,
                                          req, headers)


class ProxyBasicAuthHandler(AbstractBasicAuthHandler, BaseHandler):

    auth_header = 'Proxy-authorization'

    def http_error_407(self, req, fp, code, msg, headers):
        return self.http_error_auth_reqed('proxy-authenticate', req.host,
                                          req, headers)


# --- Digest authentication (RFC 2069 / 2617) -------------------------------

_randombytes = os.urandom

_DIGESTS = {'MD5': hashlib.md5, 'SHA': hashlib.sha1, 'SHA-256': hashlib.sha256}


class AbstractDigestAuthHandler:

    def __init__(self, passwd=None):
        self.passwd = HTTPPasswordMgr() if passwd is None else passwd
        self.add_password = self.passwd.add_password
        # Challenges answered in a row, and the nonce counter of the last nonce.
        self.retried = self.nonce_count = 0
        self.last_nonce = None

    def reset_retry_count(self):
        self.retried = 0

    def http_error_auth_reqed(self, auth_header, host, req, headers):
        challenge = headers.get(auth_header, None)
        if self.retried > 5:
            # Giving up: the server keeps refusing what was sent.
            raise HTTPError(req.full_url, 401, "digest auth failed", headers, None)
        self.retried += 1
        if not challenge:
            return None
        scheme = challenge.split()[0]
        if scheme.lower() == 'digest':
            return self.retry_http_digest_auth(req, challenge)
        if scheme.lower() != 'basic':
            raise ValueError("AbstractDigestAuthHandler does not support"
                             " the following scheme: '%s'" % scheme)
        return None

    def retry_http_digest_auth(self, req, auth):
        params = auth.split(' ', 1)[1]
        chal = parse_keqv_list([item for item in parse_http_list(params) if item])
        answer = self.get_authorization(req, chal)
        if not answer:
            return None
        value = 'Digest %s' % answer
        if req.headers.get(self.auth_header, None) == value:
            return None
        req.add_unredirected_header(self.auth_header, value)
        return self.parent.open(req, timeout=req.timeout)

    def get_cnonce(self, nonce):
        """A client nonce: 16 hex digits from the count, the nonce, the
        time and random bytes."""
        seed = ("%s:%s:%s:" % (self.nonce_count, nonce, time.ctime())).encode("ascii")
        return hashlib.sha1(seed + _randombytes(8)).hexdigest()[:16]

    def get_algorithm_impls(self, algorithm):
        """The (H, KD) functions of an algorithm ('MD5', 'SHA', 'SHA-256')."""
        if algorithm not in _DIGESTS:
            raise ValueError("Unsupported digest authentication "
                             "algorithm %r" % algorithm)
        digest = _DIGESTS[algorithm]

        def H(text):
            return digest(text.encode("ascii")).hexdigest()

        def KD(secret, data):
            return H("%s:%s" % (secret, data))
        return H, KD

    def get_entity_digest(self, data, chal):
        # Not computed (as in CPython).
        return None

    def get_authorization(self, req, chal):
        """The Authorization value answering the challenge `chal` (a dict),
        or None when it cannot be answered."""
        if 'realm' not in chal or 'nonce' not in chal:
            return None
        realm, nonce = chal['realm'], chal['nonce']
        qop, opaque = chal.get('qop'), chal.get('opaque', None)
        algorithm = chal.get('algorithm', 'MD5')
        H, KD = self.get_algorithm_impls(algorithm)
        if H is None:
            return None
        user, password = self.passwd.find_user_password(realm, req.full_url)
        if user is None:
            return None
        entity = None if req.data is None else self.get_entity_digest(req.data, chal)
        secret = H("%s:%s:%s" % (user, realm, password))
        target = H("%s:%s" % (req.get_method(), req.selector))
        if qop is None:
            response = KD(secret, "%s:%s" % (nonce, target))
        elif 'auth' in qop.split(','):
            if nonce == self.last_nonce:
                self.nonce_count += 1
            else:
                self.nonce_count, self.last_nonce = 1, nonce
            count = '%08x' % self.nonce_count
            cnonce = self.get_cnonce(nonce)
            response = KD(secret, "%s:%s:%s:auth:%s" % (nonce, count, cnonce, target))
        else:
            raise URLError("qop '%s' is not supported." % qop)
        parts = ['username="%s"' % user, 'realm="%s"' % realm, 'nonce="%s"' % nonce,
                 'uri="%s"' % req.selector, 'response="%s"' % response]
        if opaque:
            parts.append('opaque="%s"' % opaque)
        if entity:
            parts.append('digest="%s"' % entity)
        parts.append('algorithm="%s"' % algorithm)
        if qop:
            parts.append('qop=auth, nc=%s, cnonce="%s"' % (count, cnonce))
        return ', '.join(parts)


class HTTPDigestAuthHandler(BaseHandler, AbstractDigestAuthHandler):
    """Digest authentication against a server (asked before Basic)."""

    auth_header = 'Authorization'
    handler_order = 490

    def http_error_401(self, req, fp, code, msg, headers):
        host = urlparse(req.full_url)[1]
        retry = self.http_error_auth_reqed('www-authenticate', host, req, headers)
        # (Not reset when that raised.)
        self.reset_retry_count()
        return retry


class ProxyDigestAuthHandler(BaseHandler, AbstractDigestAuthHandler):
    """Digest authentication against a proxy (asked before Basic)."""

    auth_header = 'Proxy-Authorization'
    handler_order = 490

    def http_error_407(self, req, fp, code, msg, headers):
        retry = self.http_error_auth_reqed('proxy-authenticate', req.host, req, headers)
        self.reset_retry_count()
        return retry


# --- http ------------------------------------------------------------------

class AbstractHTTPHandler(BaseHandler):

    def __init__(self, debuglevel=None):
        if debuglevel is None:
            debuglevel = http.client.HTTPConnection.debuglevel
        self._debuglevel = debuglevel

    def set_http_debuglevel(self, level):
        self._debuglevel = level

    def _get_content_length(self, request):
        return http.client.HTTPConnection._get_content_length(
            request.data, request.get_method())

    def _body_headers(self, request):
        data = request.data
        if isinstance(data, str):
            raise TypeError("POST data should be bytes, an iterable of bytes, "
                            "or a file object. It cannot be of type str.")
        if not request.has_header('Content-type'):
            request.add_unredirected_header(
                'Content-type', 'application/x-www-form-urlencoded')
        if request.has_header('Content-length') or request.has_header('Transfer-encoding'):
            return
        length = self._get_content_length(request)
        if length is None:
            request.add_unredirected_header('Transfer-encoding', 'chunked')
        else:
            request.add_unredirected_header('Content-length', str(length))

    def do_request_(self, request):
        if not request.host:
            raise URLError('no host given')
        if request.data is not None:
            self._body_headers(request)
        host = request.host
        if request.has_proxy():
            host = _splithost(_splittype(request.selector)[1])[0]
        if not request.has_header('Host'):
            request.add_unredirected_header('Host', host)
        for name, value in self.parent.addheaders:
            name = name.capitalize()
            if not request.has_header(name):
                request.add_unredirected_header(name, value)
        return request

    def do_open(self, http_class, req, **http_conn_args):
        """Send `req` over a new connection of `http_class` and return its
        response (with `url` set and `msg` the reason phrase)."""
        if not req.host:
            raise URLError('no host given')
        conn = http_class(req.host, timeout=req.timeout, **http_conn_args)
        conn.set_debuglevel(self._debuglevel)
        merged = dict(req.unredirected_hdrs)
        merged.update(req.headers)
        merged["Connection"] = "close"
        headers = {name.title(): value for name, value in merged.items()}
        try:
            try:
                conn.request(req.get_method(), req.selector, req.data, headers,
                             encode_chunked=req.has_header('Transfer-encoding'))
            except OSError as exc:
                raise URLError(exc)
            response = conn.getresponse()
        except:
            conn.close()
            raise
        # The response keeps reading from its own file; drop the socket.
        if conn.sock:
            conn.sock.close()
            conn.sock = None
        response.url = req.get_full_url()
        response.msg = response.reason
        return response


class HTTPHandler(AbstractHTTPHandler):

    def http_open(self, req):
        return self.do_open(http.client.HTTPConnection, req)

    http_request = AbstractHTTPHandler.do_request_


class UnknownHandler(BaseHandler):
    def unknown_open(self, req):
        raise URLError('unknown url type: %s' % req.type)


def parse_keqv_list(l):
    """{key: value} of 'key=value' strings (quotes around a value dropped)."""
    parsed = {}
    for item in l:
        key, value = item.split('=', 1)
        if value[0] == '"' and value[-1] == '"':
            value = value[1:-1]
        parsed[key] = value
    return parsed


def parse_http_list(s):
    """The comma-separated elements of `s` (RFC 2068), commas inside
    double-quoted strings (with backslash escapes) kept, each stripped."""
    items = []
    current = []
    quoted = escaped = False
    for char in s:
        if escaped:
            current.append(char)
            escaped = False
        elif quoted:
            if char == '\\':
                escaped = True
                continue
            if char == '"':
                quoted = False
            current.append(char)
        elif char == ',':
            items.append(''.join(current))
            current = []
        else:
            if char == '"':
                quoted = True
            current.append(char)
    if current:
        items.append(''.join(current))
    return [item.strip() for item in items]


# --- file: and data: -------------------------------------------------------

class FileHandler(BaseHandler):
    # The addresses of this host, found once.
    names = None

    def get_names(self):
        if FileHandler.names is None:
            try:
                FileHandler.names = tuple(
                    socket.gethostbyname_ex('localhost')[2] +
                    socket.gethostbyname_ex(socket.gethostname())[2])
            except socket.gaierror:
                FileHandler.names = (socket.gethostbyname('localhost'),)
        return FileHandler.names

    def open_local_file(self, req):
        import email.utils
        import mimetypes
        path = url2pathname(req.full_url, require_scheme=True, resolve_host=True)
        try:
            info = os.stat(path)
            kind = mimetypes.guess_file_type(path)[0] or 'text/plain'
            modified = email.utils.formatdate(info.st_mtime, usegmt=True)
            headers = email.message_from_string(
                'Content-type: %s\nContent-length: %d\nLast-modified: %s\n'
                % (kind, info.st_size, modified))
            return addinfourl(open(path, 'rb'), headers,
                              pathname2url(path, add_scheme=True))
        except OSError as exc:
            raise URLError(exc, exc.filename)

    file_open = open_local_file


def _is_local_authority(authority, resolve):
    if not authority or authority == 'localhost':
        return True
    try:
        if authority == socket.gethostname():
            return True
    except (socket.gaierror, AttributeError):
        pass
    if not resolve:
        return False
    try:
        address = socket.gethostbyname(authority)
    except (socket.gaierror, AttributeError, UnicodeEncodeError):
        return False
    return address in FileHandler().get_names()


class DataHandler(BaseHandler):
    def data_open(self, req):
        # data:[<mediatype>][;base64],<data>  (RFC 2397)
        url = req.full_url
        mediatype, data = url.split(":", 1)[1].split(",", 1)
        if re.search(r"[\x00-\x1F\x7F]", mediatype):
            raise ValueError("Control characters not allowed in data: mediatype")
        data = unquote_to_bytes(data)
        if mediatype.endswith(";base64"):
            data = base64.decodebytes(data)
            mediatype = mediatype[:-len(";base64")]
        mediatype = mediatype or "text/plain;charset=US-ASCII"
        headers = email.message_from_string(
            "Content-type: %s\nContent-length: %d\n" % (mediatype, len(data)))
        return addinfourl(io.BytesIO(data), headers, url)


def url2pathname(url, *, require_scheme=False, resolve_host=False):
    """The local path of a file: URL (given without 'file:' unless
    require_scheme); resolve_host lets the authority name this host."""
    if not require_scheme:
        url = 'file:' + url
    scheme, authority, path = urlsplit(url)[:3]
    if scheme != 'file':
        raise URLError("URL is missing a 'file:' scheme")
    if not _is_local_authority(authority, resolve_host):
        raise URLError("file:// scheme is supported only on localhost")
    return unquote(path, encoding=sys.getfilesystemencoding(),
                   errors=sys.getfilesystemencodeerrors())


def pathname2url(pathname, *, add_scheme=False):
    """The file: URL of a local path (without 'file:' unless add_scheme)."""
    drive, root, tail = os.path.splitroot(pathname)
    if root:
        root = '//' + root
    tail = quote(tail, encoding=sys.getfilesystemencoding(),
                 errors=sys.getfilesystemencodeerrors())
    return ('file:' if add_scheme else '') + drive + root + tail


_localhost = None


def localhost():
    """Return the IP address of the magic hostname 'localhost'."""
    global _localhost
    if _localhost is None:
        _localhost = socket.gethostbyname('localhost')
    return _localhost


def noheaders():
    """An empty message (the headers of a response that has none)."""
    return email.message_from_string("")
