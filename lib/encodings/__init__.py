""" Standard "encodings" Package

    Standard Python encoding modules are stored in this package
    directory.

    Codec modules must have names corresponding to normalized encoding
    names as defined in the normalize_encoding() function below, e.g.
    'utf-8' must be implemented by the module 'utf_8.py'.

    Each codec module must export the following interface:

    * getregentry() -> codecs.CodecInfo object
    The getregentry() API must return a CodecInfo object with encoder, decoder,
    incrementalencoder, incrementaldecoder, streamwriter and streamreader
    attributes which adhere to the Python Codec Interface Standard.

    In addition, a module may optionally also define the following
    APIs which are then used by the package's codec search function:

    * getaliases() -> sequence of encoding name strings to use as aliases

    Alias names returned by getaliases() must be normalized encoding
    names as defined by normalize_encoding().

Written by Marc-Andre Lemburg (mal@lemburg.com).

(c) Copyright CNRI, All Rights Reserved. NO WARRANTY.

"""
# The package's search function turns a name into a codec module (through
# the alias table), imports it and asks it for its CodecInfo.  The
# single-byte table codecs have no module each: their tables live in
# encodings._tables and their codecs are made from them on demand.

import codecs
import sys
from . import aliases

_aliases = aliases.aliases
_MAXCACHE = 500
_unknown = '--unknown--'
_cache = {}


class CodecRegistryError(LookupError, SystemError):
    pass


def normalize_encoding(encoding):
    """ Normalize an encoding name.

        Normalization works as follows: all non-alphanumeric
        characters except the dot used for Python package names are
        collapsed and replaced with a single underscore, e.g. '  -;#'
        becomes '_'. Leading and trailing underscores are removed.

        Note that encoding names should be ASCII only.

    """
    if isinstance(encoding, bytes):
        encoding = encoding.decode("ascii")
    words = []
    word = []
    for ch in encoding:
        if ch.isascii() and (ch.isalnum() or ch == '.'):
            word.append(ch)
        elif not ch.isascii():
            continue
        elif word:
            words.append(''.join(word))
            word = []
    if word:
        words.append(''.join(word))
    return '_'.join(words)


def _module_names(norm):
    # The modules that may implement the codec called norm, best first.
    seen = []
    for name in (_aliases.get(norm), _aliases.get(norm.replace('.', '_')), norm):
        if name and name not in seen:
            seen.append(name)
    return seen


def _entry_of(module):
    # The CodecInfo a codec module gives, checked as CPython checks it.
    make = getattr(module, 'getregentry', None)
    entry = make() if make is not None else None
    if isinstance(entry, codecs.CodecInfo):
        return entry
    if (not isinstance(entry, tuple) or not 4 <= len(entry) <= 7
            or not callable(entry[0]) or not callable(entry[1])
            or any(part is not None and not callable(part) for part in entry[2:6])):
        raise CodecRegistryError('module "%s" (%s) failed to register'
                                 % (module.__name__, getattr(module, '__file__', module.__name__)))
    padded = tuple(entry) + (None,) * (6 - len(entry))
    if len(entry) < 7 or entry[6] is None:
        padded = padded[:6] + (module.__name__.rpartition('.')[2].replace('_', '-'),)
    return codecs.CodecInfo(*padded)


def _table_codec(module, name, table, fixes):
    # The codec of a single-byte table, as its own module would give it.
    from . import _kit
    if fixes is None:
        inverse = codecs.charmap_build(table)
    else:
        inverse = {ord(ch): byte for byte, ch in enumerate(table) if ch != '\ufffe'}
        inverse.update((ord(ch), byte) for ch, byte in fixes.items())

    def encode(input, errors='strict'):
        return codecs.charmap_encode(input, errors, inverse)

    def decode(input, errors='strict'):
        return codecs.charmap_decode(input, errors, table)

    parts = {'__name__': 'encodings.' + module}
    _kit.stateless(parts, name, encode, decode, bound=True)
    return parts['getregentry']()


def search_function(encoding):
    found = _cache.get(encoding, _unknown)
    if found is not _unknown:
        return found
    norm = normalize_encoding(encoding)
    entry = None
    module = None
    for name in _module_names(norm):
        if '.' in name:
            continue
        from . import _tables
        if name in _tables.TABLES:
            entry = _table_codec(name, *_tables.TABLES[name])
            break
        try:
            module = __import__('encodings.' + name, fromlist=['*'])
        except ImportError:
            continue
        break
    if module is not None:
        entry = _entry_of(module)
        extra = getattr(module, 'getaliases', None)
        if extra is not None:
            for alias in extra():
                _aliases.setdefault(alias, module.__name__.rpartition('.')[2])
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[encoding] = entry
    return entry


codecs.register(search_function)
