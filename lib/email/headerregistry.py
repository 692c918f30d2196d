"""Header objects for EmailPolicy: str subclasses carrying the parsed
parts of their value (addresses, dates, MIME parameters, ...), made by a
HeaderRegistry from a header's name."""

from operator import attrgetter
from types import MappingProxyType

from email import _folding, _structured, errors, utils


def _reader(attr):
    """A read-only property returning self.<attr>."""
    return property(attrgetter(attr))


def _unique(base):
    """base with max_count 1 (a header that may appear once)."""
    name = "Unique" + base.__name__
    return type(name, (base,), {"max_count": 1, "__module__": __name__,
                                "__qualname__": name})


class Address:
    """One mailbox: display_name, username and domain (addr_spec joins the
    last two)."""

    def __init__(self, display_name="", username="", domain="", addr_spec=None):
        given = "".join(x for x in (display_name, username, domain, addr_spec) if x)
        if "\r" in given or "\n" in given:
            raise ValueError("invalid arguments; address parts cannot contain CR or LF")
        if addr_spec is not None:
            if username or domain:
                raise TypeError("addrspec specified when username and/or "
                                "domain also specified")
            local, dom, rest, defects = _structured.parse_addr_spec(addr_spec)
            if rest:
                parsed = addr_spec[:len(addr_spec) - len(rest)]
                raise ValueError("Invalid addr_spec; only '{}' could be parsed "
                                 "from '{}'".format(parsed, addr_spec))
            if defects:
                raise defects[0]
            username, domain = local, dom or ""
        self._display_name = display_name
        self._username = username
        self._domain = domain

    display_name = _reader("_display_name")

    username = _reader("_username")

    domain = _reader("_domain")

    @property
    def addr_spec(self):
        """username@domain, the username quoted if need be."""
        local = self.username
        if not _folding.DOT_ATOM_ENDS.isdisjoint(local):
            local = _folding.quote_string(local)
        if self.domain:
            return local + "@" + self.domain
        return local or "<>"

    def __repr__(self):
        return "%s(display_name=%r, username=%r, domain=%r)" % (
            type(self).__name__, self.display_name, self.username, self.domain)

    def __str__(self):
        name = self.display_name
        if not _folding.SPECIALS.isdisjoint(name):
            name = _folding.quote_string(name)
        if not name:
            return self.addr_spec
        spec = self.addr_spec
        return "%s <%s>" % (name, "" if spec == "<>" else spec)

    def __eq__(self, other):
        if not isinstance(other, Address):
            return NotImplemented
        return (self.display_name, self.username, self.domain) == \
            (other.display_name, other.username, other.domain)


class Group:
    """A named group of Addresses (display_name None: a lone address)."""

    def __init__(self, display_name=None, addresses=None):
        self._display_name = display_name
        self._addresses = tuple(addresses) if addresses else ()

    display_name = _reader("_display_name")

    addresses = _reader("_addresses")

    def __repr__(self):
        return "%s(display_name=%r, addresses=%r" % (
            type(self).__name__, self.display_name, self.addresses)

    def __str__(self):
        if self.display_name is None and len(self.addresses) == 1:
            return str(self.addresses[0])
        name = self.display_name
        if name is not None and not _folding.SPECIALS.isdisjoint(name):
            name = _folding.quote_string(name)
        members = ", ".join(str(a) for a in self.addresses)
        return "%s:%s;" % (name, " " + members if members else "")

    def __eq__(self, other):
        if not isinstance(other, Group):
            return NotImplemented
        return (self.display_name == other.display_name and
                self.addresses == other.addresses)


class BaseHeader(str):
    """The str value of a header (encoded words decoded) with its name,
    defects and parse tree; fold() writes it out under a policy."""

    def __new__(cls, name, value):
        kwds = {"defects": []}
        cls.parse(value, kwds)
        text = kwds.pop("decoded")
        if utils._has_surrogates(text):
            text = utils._sanitize(text)
        self = str.__new__(cls, text)
        self.init(name, **kwds)
        return self

    def init(self, name, *, parse_tree, defects):
        self._name = name
        self._parse_tree = parse_tree
        self._defects = defects

    name = _reader("_name")

    @property
    def defects(self):
        return tuple(self._defects)

    def __reduce__(self):
        return (_reconstruct_header,
                (type(self).__name__, type(self).__bases__, str(self)),
                self.__getstate__())

    @classmethod
    def _reconstruct(cls, value):
        return str.__new__(cls, value)

    def fold(self, *, policy):
        """The header as folded lines, each ending with policy.linesep."""
        return _folding.fold_header(self.name, self._parse_tree, policy)


def _reconstruct_header(cls_name, bases, value):
    return type(cls_name, bases, {})._reconstruct(value)


class UnstructuredHeader:
    max_count = None

    @staticmethod
    def value_parser(value):
        return _folding.parse_unstructured(value)

    @classmethod
    def parse(cls, value, kwds):
        tree = cls.value_parser(value)
        kwds["parse_tree"] = tree
        kwds["decoded"] = str(tree)


UniqueUnstructuredHeader = _unique(UnstructuredHeader)


class DateHeader:
    """A date: .datetime (None if it could not be parsed)."""

    max_count = None

    @staticmethod
    def value_parser(value):
        return _folding.parse_unstructured(value)

    @classmethod
    def parse(cls, value, kwds):
        if not value:
            kwds["defects"].append(errors.HeaderMissingRequiredValue())
            kwds.update(datetime=None, decoded="",
                        parse_tree=_folding.TList("unstructured"))
            return
        if isinstance(value, str):
            kwds["decoded"] = value
            try:
                value = utils.parsedate_to_datetime(value)
            except ValueError:
                kwds["defects"].append(
                    errors.InvalidDateDefect("Invalid date value or format"))
                kwds["datetime"] = None
                kwds["parse_tree"] = _folding.TList("unstructured")
                return
        kwds["datetime"] = value
        kwds["decoded"] = utils.format_datetime(value)
        kwds["parse_tree"] = cls.value_parser(kwds["decoded"])

    def init(self, *args, **kw):
        self._datetime = kw.pop("datetime")
        super().init(*args, **kw)

    datetime = _reader("_datetime")


UniqueDateHeader = _unique(DateHeader)


class AddressHeader:
    """Addresses: .groups and .addresses."""

    max_count = None

    @staticmethod
    def value_parser(value):
        return _structured.parse_address_list(value)[0]

    @classmethod
    def parse(cls, value, kwds):
        if isinstance(value, str):
            tree, found = _structured.parse_address_list(value)
            kwds["parse_tree"] = tree
            groups = [Group(gname, [Address(dn or "", lp or "", dom or "")
                                    for dn, lp, dom in members])
                      for gname, members in found]
            defects = tree.all_defects()
        else:
            if not hasattr(value, "__iter__"):
                value = [value]
            groups = [item if hasattr(item, "addresses") else Group(None, [item])
                      for item in value]
            defects = []
        kwds["groups"] = groups
        kwds["defects"] = defects
        kwds["decoded"] = ", ".join(str(g) for g in groups)
        if "parse_tree" not in kwds:
            kwds["parse_tree"] = cls.value_parser(kwds["decoded"])

    def init(self, *args, **kw):
        self._groups = tuple(kw.pop("groups"))
        self._addresses = None
        super().init(*args, **kw)

    groups = _reader("_groups")

    @property
    def addresses(self):
        if self._addresses is None:
            self._addresses = tuple(a for g in self._groups for a in g.addresses)
        return self._addresses


UniqueAddressHeader = _unique(AddressHeader)


class SingleAddressHeader(AddressHeader):

    @property
    def address(self):
        if len(self.addresses) != 1:
            raise ValueError("value of single address header {} is not "
                             "a single address".format(self.name))
        return self.addresses[0]


UniqueSingleAddressHeader = _unique(SingleAddressHeader)


class MIMEVersionHeader:
    """MIME-Version: .version, .major, .minor."""

    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        tree, major, minor, defects = _structured.parse_mime_version(value)
        kwds["parse_tree"] = tree
        kwds["decoded"] = str(tree)
        kwds["defects"].extend(defects)
        kwds["major"] = major if minor is not None else None
        kwds["minor"] = minor
        kwds["version"] = None if minor is None else "%d.%d" % (major, minor)

    def init(self, *args, **kw):
        self._version = kw.pop("version")
        self._major = kw.pop("major")
        self._minor = kw.pop("minor")
        super().init(*args, **kw)

    major = _reader("_major")

    minor = _reader("_minor")

    version = _reader("_version")


class ParameterizedMIMEHeader:
    """A MIME header with parameters: .params (read-only mapping)."""

    max_count = 1

    def init(self, *args, **kw):
        self._params = kw.pop("params")
        super().init(*args, **kw)

    @staticmethod
    def _param_dict(params):
        return {utils._sanitize(k).lower(): utils._sanitize(v)
                for k, v in params}

    @property
    def params(self):
        return MappingProxyType(self._params)


class ContentTypeHeader(ParameterizedMIMEHeader):
    """Content-Type: .maintype, .subtype, .content_type, .params."""

    @classmethod
    def parse(cls, value, kwds):
        tree, main, sub, params, defects = _structured.parse_content_type(value)
        kwds["parse_tree"] = tree
        kwds["decoded"] = str(tree)
        kwds["defects"].extend(defects)
        kwds["params"] = cls._param_dict(params)
        kwds["types"] = (main, sub)

    def init(self, *args, **kw):
        main, sub = kw.pop("types")
        super().init(*args, **kw)
        self._maintype = utils._sanitize(main)
        self._subtype = utils._sanitize(sub)

    maintype = _reader("_maintype")

    subtype = _reader("_subtype")

    @property
    def content_type(self):
        return self.maintype + "/" + self.subtype


class ContentDispositionHeader(ParameterizedMIMEHeader):
    """Content-Disposition: .content_disposition, .params."""

    @classmethod
    def parse(cls, value, kwds):
        tree, disp, params, defects = _structured.parse_disposition(value)
        kwds["parse_tree"] = tree
        kwds["decoded"] = str(tree)
        kwds["defects"].extend(defects)
        kwds["params"] = cls._param_dict(params)
        kwds["disposition"] = disp

    def init(self, *args, **kw):
        disp = kw.pop("disposition")
        super().init(*args, **kw)
        self._content_disposition = None if disp is None else utils._sanitize(disp)

    content_disposition = _reader("_content_disposition")


class ContentTransferEncodingHeader:
    """Content-Transfer-Encoding: .cte (lower case)."""

    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        tree, token, defects = _structured.parse_token(
            value, "content-transfer-encoding")
        kwds["parse_tree"] = tree
        kwds["decoded"] = str(tree)
        kwds["defects"].extend(defects)
        kwds["cte"] = token or "7bit"

    def init(self, *args, **kw):
        cte = kw.pop("cte")
        super().init(*args, **kw)
        self._cte = utils._sanitize(cte)

    cte = _reader("_cte")


class MessageIDHeader:
    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        tree, _, defects = _structured.parse_token(value, "msg-id")
        kwds["parse_tree"] = tree
        kwds["decoded"] = str(tree)
        kwds["defects"].extend(defects)


class ReferencesHeader(MessageIDHeader):
    pass


_default_header_map = {
    "subject": UniqueUnstructuredHeader,
    "date": UniqueDateHeader,
    "resent-date": DateHeader,
    "orig-date": UniqueDateHeader,
    "sender": UniqueSingleAddressHeader,
    "resent-sender": SingleAddressHeader,
    "to": UniqueAddressHeader,
    "resent-to": AddressHeader,
    "cc": UniqueAddressHeader,
    "resent-cc": AddressHeader,
    "bcc": UniqueAddressHeader,
    "resent-bcc": AddressHeader,
    "from": UniqueAddressHeader,
    "resent-from": AddressHeader,
    "reply-to": UniqueAddressHeader,
    "mime-version": MIMEVersionHeader,
    "content-type": ContentTypeHeader,
    "content-disposition": ContentDispositionHeader,
    "content-transfer-encoding": ContentTransferEncodingHeader,
    "message-id": MessageIDHeader,
    "in-reply-to": ReferencesHeader,
    "references": ReferencesHeader,
}


class HeaderRegistry:
    """A header factory: name -> a class made of the registered class for
    that name (default_class otherwise) and base_class."""

    def __init__(self, base_class=BaseHeader, default_class=UnstructuredHeader,
                 use_default_map=True):
        self.registry = dict(_default_header_map) if use_default_map else {}
        self.base_class = base_class
        self.default_class = default_class

    def map_to_type(self, name, cls):
        """Use cls for headers called name."""
        self.registry[name.lower()] = cls

    def __getitem__(self, name):
        cls = self.registry.get(name.lower(), self.default_class)
        return type("_" + cls.__name__, (cls, self.base_class), {})

    def __call__(self, name, value):
        return self[name](name, value)
