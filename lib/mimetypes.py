"""Guessing a file's MIME type from its name, and a name's extension from
a MIME type.

guess_type(url, strict=True), guess_file_type(path, *, strict=True),
guess_extension(type, strict=True), guess_all_extensions(type, strict=True)
answer from one shared MimeTypes database, made by init() on first use:
the built-in tables, then the mime.types files named in knownfiles that
exist.  suffix_map, encodings_map, types_map and common_types are that
database's tables; inited tells whether init() has run.
"""

import sys

__all__ = [
    "knownfiles", "inited", "MimeTypes",
    "guess_type", "guess_file_type", "guess_all_extensions", "guess_extension",
    "add_type", "init", "read_mime_types",
    "suffix_map", "encodings_map", "types_map", "common_types"
]

# where the systems CPython knows keep their mime.types
knownfiles = [] if sys.platform == "win32" else [
    "/etc/mime.types",
    "/etc/httpd/mime.types",
    "/etc/httpd/conf/mime.types",
    "/etc/apache/mime.types",
    "/etc/apache2/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/etc/mime.types",
]

inited = False
_db = None


def _warn_undotted():
    import warnings
    warnings.warn("Using undotted extensions is deprecated and will raise a "
                  "ValueError in Python 3.16", DeprecationWarning, stacklevel=3)


class MimeTypes:
    """A database of extension <-> MIME type mappings: the built-in ones,
    plus those read from mime.types files or added with add_type().
    types_map and types_map_inv are pairs of dicts indexed by strict
    (False: the common non-standard types, True: the standard ones)."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.suffix_map = dict(_suffix_map_default)
        self.encodings_map = dict(_encodings_map_default)
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for table, is_strict in ((_types_map_default, True), (_common_types_default, False)):
            for ext, mime in table.items():
                self.add_type(mime, ext, is_strict)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Map extension ext to type (replacing what ext had), and add ext
        to type's extensions.  ext should be empty or begin with '.'."""
        if ext and ext[0] != '.':
            _warn_undotted()
        if not type:
            return
        self.types_map[strict][ext] = type
        known = self.types_map_inv[strict].setdefault(type, [])
        if ext not in known:
            known.append(ext)

    def guess_type(self, url, strict=True):
        """(type, encoding) of a URL or path; either may be None.  A data:
        URL gives its media type."""
        import os
        import urllib.parse
        url = os.fspath(url)
        parts = urllib.parse.urlparse(url)
        if len(parts.scheme) < 2:      # none, or a drive letter
            return self.guess_file_type(url, strict=strict)
        path = parts.path
        if parts.scheme != 'data':
            import posixpath
            return self._guess_file_type(path, strict, posixpath.splitext)
        comma = path.find(',')
        if comma < 0:
            return None, None
        semi = path.find(';', 0, comma)
        mime = path[:semi if semi >= 0 else comma]
        if '=' in mime or '/' not in mime:
            mime = 'text/plain'
        return mime, None

    def guess_file_type(self, path, *, strict=True):
        """(type, encoding) of a file system path; either may be None."""
        import os
        path = os.path.splitdrive(os.fsdecode(path))[1]
        return self._guess_file_type(path, strict, os.path.splitext)

    def _guess_file_type(self, path, strict, splitext):
        root, ext = splitext(path)
        # .tgz -> .tar.gz and the like, repeatedly
        while ext.lower() in self.suffix_map:
            root, ext = splitext(root + self.suffix_map[ext.lower()])
        encoding = self.encodings_map.get(ext)
        if encoding is not None:
            root, ext = splitext(root)
        ext = ext.lower()
        mime = self.types_map[True].get(ext)
        if mime is None and not strict:
            mime = self.types_map[False].get(ext)
        return mime, encoding

    def guess_all_extensions(self, type, strict=True):
        """The extensions known for type, standard ones first."""
        type = type.lower()
        found = list(self.types_map_inv[True].get(type, ()))
        if not strict:
            found += [e for e in self.types_map_inv[False].get(type, ()) if e not in found]
        return found

    def guess_extension(self, type, strict=True):
        """The first extension known for type, or None."""
        found = self.guess_all_extensions(type, strict)
        return found[0] if found else None

    def read(self, filename, strict=True):
        """Add the mappings of a mime.types file."""
        with open(filename, encoding='utf-8', errors='surrogateescape') as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        """Add the mappings of an open mime.types file: lines of a type
        and its extensions (without dots); '#' starts a comment word."""
        for line in iter(fp.readline, ''):
            words = []
            for word in line.split():
                if word.startswith('#'):
                    break
                words.append(word)
            if words:
                for suffix in words[1:]:
                    self.add_type(words[0], '.' + suffix, strict)

    def read_windows_registry(self, strict=True):
        """Windows only: this system has no registry, so nothing is read."""
        return None


def _database():
    if _db is None:
        init()
    return _db


def guess_type(url, strict=True):
    """(type, encoding) of a URL or path, from the shared database."""
    return _database().guess_type(url, strict)


def guess_file_type(path, *, strict=True):
    """(type, encoding) of a file system path, from the shared database."""
    return _database().guess_file_type(path, strict=strict)


def guess_all_extensions(type, strict=True):
    """The extensions the shared database knows for type."""
    return _database().guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    """The first extension the shared database knows for type, or None."""
    return _database().guess_extension(type, strict)


def add_type(type, ext, strict=True):
    """Add a mapping to the shared database."""
    return _database().add_type(type, ext, strict)


def init(files=None):
    """(Re)make the shared database: a fresh one from the built-in tables
    and knownfiles (plus files) the first time or when files is None;
    otherwise the files are read into the existing one."""
    global inited, _db, suffix_map, encodings_map, types_map, common_types
    inited = True
    if files is not None and _db is not None:
        db = _db
    else:
        db = MimeTypes()
        db.read_windows_registry()
        files = knownfiles if files is None else knownfiles + list(files)
    import os
    for name in files:
        if os.path.isfile(name):
            db.read(name)
    suffix_map = db.suffix_map
    encodings_map = db.encodings_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def read_mime_types(file):
    """The standard mappings of one mime.types file (with the built-in
    ones), or None if it cannot be opened."""
    try:
        fp = open(file, encoding='utf-8', errors='surrogateescape')
    except OSError:
        return None
    with fp:
        db = MimeTypes()
        db.readfp(fp, True)
    return db.types_map[True]


def _table(text):
    table = {}
    for line in text.splitlines():
        if line:
            key, _, value = line.partition(' ')
            table[key] = value
    return table


# BEGIN tables generated by tools/gen_mimetypes.py: do not edit
_SUFFIXES = """
.svgz .svg.gz
.tgz .tar.gz
.taz .tar.gz
.tz .tar.gz
.tbz2 .tar.bz2
.txz .tar.xz
"""
_ENCODINGS = """
.gz gzip
.Z compress
.bz2 bzip2
.xz xz
.br br
"""
_STRICT_TYPES = """
.js text/javascript
.mjs text/javascript
.epub application/epub+zip
.gz application/gzip
.json application/json
.webmanifest application/manifest+json
.doc application/msword
.dot application/msword
.wiz application/msword
.nq application/n-quads
.nt application/n-triples
.bin application/octet-stream
.a application/octet-stream
.dll application/octet-stream
.exe application/octet-stream
.o application/octet-stream
.obj application/octet-stream
.so application/octet-stream
.oda application/oda
.ogx application/ogg
.pdf application/pdf
.p7c application/pkcs7-mime
.ps application/postscript
.ai application/postscript
.eps application/postscript
.trig application/trig
.m3u application/vnd.apple.mpegurl
.m3u8 application/vnd.apple.mpegurl
.xls application/vnd.ms-excel
.xlb application/vnd.ms-excel
.eot application/vnd.ms-fontobject
.ppt application/vnd.ms-powerpoint
.pot application/vnd.ms-powerpoint
.ppa application/vnd.ms-powerpoint
.pps application/vnd.ms-powerpoint
.pwz application/vnd.ms-powerpoint
.odg application/vnd.oasis.opendocument.graphics
.odp application/vnd.oasis.opendocument.presentation
.ods application/vnd.oasis.opendocument.spreadsheet
.odt application/vnd.oasis.opendocument.text
.pptx application/vnd.openxmlformats-officedocument.presentationml.presentation
.xlsx application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
.docx application/vnd.openxmlformats-officedocument.wordprocessingml.document
.rar application/vnd.rar
.wasm application/wasm
.7z application/x-7z-compressed
.bcpio application/x-bcpio
.cpio application/x-cpio
.csh application/x-csh
.deb application/x-debian-package
.dvi application/x-dvi
.gtar application/x-gtar
.hdf application/x-hdf
.h5 application/x-hdf5
.latex application/x-latex
.mif application/x-mif
.cdf application/x-netcdf
.nc application/x-netcdf
.p12 application/x-pkcs12
.php application/x-httpd-php
.pfx application/x-pkcs12
.ram application/x-pn-realaudio
.pyc application/x-python-code
.pyo application/x-python-code
.rpm application/x-rpm
.sh application/x-sh
.shar application/x-shar
.swf application/x-shockwave-flash
.sv4cpio application/x-sv4cpio
.sv4crc application/x-sv4crc
.tar application/x-tar
.tcl application/x-tcl
.tex application/x-tex
.texi application/x-texinfo
.texinfo application/x-texinfo
.roff application/x-troff
.t application/x-troff
.tr application/x-troff
.man application/x-troff-man
.me application/x-troff-me
.ms application/x-troff-ms
.ustar application/x-ustar
.src application/x-wais-source
.xsl application/xml
.rdf application/xml
.wsdl application/xml
.xpdl application/xml
.yaml application/yaml
.yml application/yaml
.zip application/zip
.3gp audio/3gpp
.3gpp audio/3gpp
.3g2 audio/3gpp2
.3gpp2 audio/3gpp2
.aac audio/aac
.adts audio/aac
.loas audio/aac
.ass audio/aac
.au audio/basic
.snd audio/basic
.flac audio/flac
.mka audio/matroska
.m4a audio/mp4
.mp3 audio/mpeg
.mp2 audio/mpeg
.ogg audio/ogg
.opus audio/opus
.aif audio/x-aiff
.aifc audio/x-aiff
.aiff audio/x-aiff
.ra audio/x-pn-realaudio
.wav audio/vnd.wave
.otf font/otf
.ttf font/ttf
.weba audio/webm
.woff font/woff
.woff2 font/woff2
.avif image/avif
.bmp image/bmp
.emf image/emf
.fits image/fits
.g3 image/g3fax
.gif image/gif
.ief image/ief
.jp2 image/jp2
.jpg image/jpeg
.jpe image/jpeg
.jpeg image/jpeg
.jpm image/jpm
.jpx image/jpx
.heic image/heic
.heif image/heif
.png image/png
.svg image/svg+xml
.t38 image/t38
.tiff image/tiff
.tif image/tiff
.tfx image/tiff-fx
.ico image/vnd.microsoft.icon
.webp image/webp
.wmf image/wmf
.ras image/x-cmu-raster
.pnm image/x-portable-anymap
.pbm image/x-portable-bitmap
.pgm image/x-portable-graymap
.ppm image/x-portable-pixmap
.rgb image/x-rgb
.xbm image/x-xbitmap
.xpm image/x-xpixmap
.xwd image/x-xwindowdump
.eml message/rfc822
.mht message/rfc822
.mhtml message/rfc822
.nws message/rfc822
.gltf model/gltf+json
.glb model/gltf-binary
.stl model/stl
.css text/css
.csv text/csv
.html text/html
.htm text/html
.md text/markdown
.markdown text/markdown
.n3 text/n3
.txt text/plain
.bat text/plain
.c text/plain
.h text/plain
.ksh text/plain
.pl text/plain
.srt text/plain
.rtx text/richtext
.rtf text/rtf
.tsv text/tab-separated-values
.vtt text/vtt
.py text/x-python
.rst text/x-rst
.etx text/x-setext
.sgm text/x-sgml
.sgml text/x-sgml
.vcf text/x-vcard
.xml text/xml
.mkv video/matroska
.mk3d video/matroska-3d
.mp4 video/mp4
.mpeg video/mpeg
.m1v video/mpeg
.mpa video/mpeg
.mpe video/mpeg
.mpg video/mpeg
.ogv video/ogg
.mov video/quicktime
.qt video/quicktime
.webm video/webm
.avi video/vnd.avi
.m4v video/x-m4v
.wmv video/x-ms-wmv
.movie video/x-sgi-movie
"""
_COMMON_TYPES = """
.rtf application/rtf
.apk application/vnd.android.package-archive
.midi audio/midi
.mid audio/midi
.jpg image/jpg
.pict image/pict
.pct image/pict
.pic image/pict
.xul text/xul
"""
# END tables generated by tools/gen_mimetypes.py

# the module's tables start as the defaults themselves (init() replaces them)
suffix_map = _suffix_map_default = _table(_SUFFIXES)
encodings_map = _encodings_map_default = _table(_ENCODINGS)
types_map = _types_map_default = _table(_STRICT_TYPES)
common_types = _common_types_default = _table(_COMMON_TYPES)
del _SUFFIXES, _ENCODINGS, _STRICT_TYPES, _COMMON_TYPES


def _main(args=None):
    """The command line: the type of each name given (with -e, the
    extension of each type given); returns the lines to print."""
    from argparse import ArgumentParser
    parser = ArgumentParser(description='map filename extensions to MIME types', color=True)
    parser.add_argument('-e', '--extension', action='store_true',
                        help='guess extension instead of type')
    parser.add_argument('-l', '--lenient', action='store_true',
                        help='additionally search for common but non-standard types')
    parser.add_argument('type', nargs='+', help='a type to search')
    opts = parser.parse_args(args)
    strict = not opts.lenient
    lines = []
    for word in opts.type:
        if opts.extension:
            ext = guess_extension(word, strict)
            lines.append(str(ext) if ext else "error: unknown type %s" % word)
        else:
            mime, encoding = guess_type(word, strict)
            lines.append("type: %s encoding: %s" % (mime, encoding) if mime
                         else "error: media type unknown for %s" % word)
    return lines


if __name__ == '__main__':
    _lines = _main()
    print("\n".join(_lines))
    sys.exit(any(line.startswith("error: ") for line in _lines))
