"""Cache lines from Python source files.

This is intended to read lines from modules imported -- hence if a filename
is not found, it will look down the module search path for a file by
that name.
"""

# The cache maps a file name to one of two kinds of tuple:
#   (size, mtime, lines, fullname)  lines already read; mtime is None when
#                                   they came from a module's loader, which
#                                   checkcache then leaves alone;
#   (reader,)                       a lazy entry: calling reader() asks the
#                                   module's loader for the source text.

import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache.
    Update the cache if it doesn't contain an entry for this file already."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache.
    Update the cache if it doesn't contain an entry for this file already."""
    entry = cache.get(filename)
    if entry is not None and len(entry) == 4:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Discard cache entries that are out of date.
    (This is not checked upon each call!)"""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) != 4 or entry[1] is None:
            continue            # lazy, or read from a loader: nothing to compare
        size, mtime, _, fullname = entry
        try:
            st = os.stat(fullname)
        except (OSError, ValueError):
            del cache[name]
            continue
        if st.st_size != size or st.st_mtime != mtime:
            del cache[name]


def _is_pseudo_name(filename):
    # '' and names such as '<string>' or '<stdin>' never name a file.
    return not filename or (filename.startswith('<') and filename.endswith('>'))


def updatecache(filename, module_globals=None):
    """Update a cache entry and return its list of lines.
    If something's wrong, print a message, discard the cache entry,
    and return an empty list."""
    entry = cache.get(filename)
    if entry is not None and len(entry) == 4:
        del cache[filename]
    if _is_pseudo_name(filename):
        return []

    found = _locate(filename)
    if found is None:
        # No such file: the module's loader may know the source.
        if lazycache(filename, module_globals):
            lines = _read_lazy(filename)
            if lines is not None:
                return lines
        if os.path.isabs(filename):
            return []
        found = _search_path(filename)
        if found is None:
            return []
    fullname, st = found
    lines = _read_source_file(fullname)
    if lines is None:
        return []
    cache[filename] = (st.st_size, st.st_mtime, lines, fullname)
    return lines


def _locate(fullname):
    """(fullname, stat result) when the file exists, else None."""
    try:
        return fullname, os.stat(fullname)
    except (OSError, ValueError):
        return None


def _search_path(filename):
    """Look for a relative name in each directory of sys.path, as an import
    would find a module's source."""
    for directory in sys.path:
        try:
            candidate = os.path.join(directory, filename)
        except (TypeError, AttributeError):
            continue            # sys.path may hold things that are not paths
        found = _locate(candidate)
        if found is not None:
            return found
    return None


def _read_lazy(filename):
    """Run the lazy entry of filename: the loader's lines, [] when the loader
    has no source, None when it failed (then the disk is searched)."""
    reader = cache.pop(filename)[0]     # used once, whatever it gives
    try:
        text = reader()
    except (ImportError, OSError):
        return None
    if text is None:
        return []
    lines = [line + '\n' for line in text.splitlines()]
    cache[filename] = (len(text), None, lines, filename)
    return lines


def lazycache(filename, module_globals):
    """Seed the cache for filename with module_globals.

    The module loader will be asked for the source only when getlines is
    called, not immediately.

    If there is an entry in the cache already, it is not altered.

    :return: True if a lazy load is registered in the cache,
        otherwise False. To register such a load a module loader with a
        get_source method must be found, the filename must be a cacheable
        filename, and the filename must not be already cached.
    """
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if _is_pseudo_name(filename):
        return False
    if not module_globals or '__name__' not in module_globals:
        return False
    spec = module_globals.get('__spec__')
    modname = getattr(spec, 'name', None) or module_globals['__name__']
    loader = getattr(spec, 'loader', None)
    if loader is None:
        loader = module_globals.get('__loader__')
    get_source = getattr(loader, 'get_source', None)
    if not modname or not get_source:
        return False

    def read_source():
        return get_source(modname)

    cache[filename] = (read_source,)
    return True


# Reading a source file as Python reads its source: a UTF-8 byte order
# mark, else a coding cookie in a comment on one of the first two lines,
# else UTF-8; then universal newlines.

def _read_source_file(fullname):
    """The decoded lines of a file, or None when it cannot be read."""
    try:
        with open(fullname, 'rb') as f:
            data = f.read()
    except OSError:
        return None
    try:
        text = _decode_source(data)
    except (UnicodeDecodeError, SyntaxError, LookupError):
        return None
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    lines = text.split('\n')
    result = [line + '\n' for line in lines[:-1]]
    if lines[-1] or not result:
        result.append(lines[-1] + '\n')
    return result


_BOM = b'\xef\xbb\xbf'


def _decode_source(data):
    has_bom = data.startswith(_BOM)
    if has_bom:
        data = data[len(_BOM):]
    encoding = None
    for line in data.split(b'\n', 2)[:2]:
        line = line.decode('utf-8')          # the cookie line must be UTF-8
        encoding = _cookie_of(line)
        if encoding is not None or not _is_blank_or_comment(line):
            break
    if encoding is None:
        encoding = 'utf-8'
    elif has_bom and encoding != 'utf-8':
        raise SyntaxError('encoding problem: utf-8')
    return data.decode(encoding)


def _is_blank_or_comment(line):
    stripped = line.lstrip(' \t\f').rstrip('\r\n')
    return not stripped or stripped.startswith('#')


def _cookie_of(line):
    """The encoding a comment line declares ('coding: NAME' or
    'coding=NAME'), normalised; None when the line declares none."""
    stripped = line.lstrip(' \t\f')
    if not stripped.startswith('#'):
        return None
    at = stripped.find('coding')
    while at >= 0:
        rest = stripped[at + 6:]
        if rest[:1] in (':', '='):
            name = rest[1:].lstrip(' \t')
            end = 0
            while end < len(name) and (name[end].isalnum() or name[end] in '-_.'):
                end += 1
            if end:
                return _normalise_encoding(name[:end])
        at = stripped.find('coding', at + 1)
    return None


def _normalise_encoding(name):
    lowered = name[:12].lower().replace('_', '-')
    if lowered == 'utf-8' or lowered.startswith('utf-8-'):
        return 'utf-8'
    for latin in ('latin-1', 'iso-8859-1', 'iso-latin-1'):
        if lowered == latin or lowered.startswith(latin + '-'):
            return 'iso-8859-1'
    return name
