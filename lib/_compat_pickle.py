"""Name changes between Python 2 and Python 3, for pickles read or written
with fix_imports (protocols 0 to 2).

IMPORT_MAPPING maps a Python 2 module name to its Python 3 name, and
NAME_MAPPING a Python 2 (module, name) pair to its Python 3 pair;
REVERSE_IMPORT_MAPPING and REVERSE_NAME_MAPPING go the other way.
This table covers the built-in names, the exceptions and the renamed
standard modules that pickles commonly refer to.
"""


def _pairs(text):
    """The 'old -> new' lines of text, as (old, new) string pairs."""
    for line in text.strip().splitlines():
        old, _, new = line.partition('->')
        yield old.strip(), new.strip()


def _split(item):
    module, _, name = item.partition(':')
    return module, name


# Modules renamed as a whole.
IMPORT_MAPPING = dict(_pairs("""
    __builtin__ -> builtins
    copy_reg -> copyreg
    Queue -> queue
    SocketServer -> socketserver
    ConfigParser -> configparser
    repr -> reprlib
    cPickle -> pickle
    _elementtree -> xml.etree.ElementTree
    FileDialog -> tkinter.filedialog
    Tkinter -> tkinter
    markupbase -> _markupbase
    _winreg -> winreg
    thread -> _thread
    dummy_thread -> _dummy_thread
    dbhash -> dbm.bsd
    dumbdbm -> dbm.dumb
    dbm -> dbm.ndbm
    gdbm -> dbm.gnu
    xmlrpclib -> xmlrpc.client
    SimpleXMLRPCServer -> xmlrpc.server
    httplib -> http.client
    htmlentitydefs -> html.entities
    HTMLParser -> html.parser
    Cookie -> http.cookies
    cookielib -> http.cookiejar
    BaseHTTPServer -> http.server
    test.test_support -> test.support
    urlparse -> urllib.parse
    robotparser -> urllib.robotparser
    urllib2 -> urllib.request
    _abcoll -> collections.abc
"""))

# Single names that moved (module:name).
NAME_MAPPING = {_split(old): _split(new) for old, new in _pairs("""
    __builtin__:xrange -> builtins:range
    __builtin__:reduce -> functools:reduce
    __builtin__:intern -> sys:intern
    __builtin__:unichr -> builtins:chr
    __builtin__:unicode -> builtins:str
    __builtin__:long -> builtins:int
    itertools:izip -> builtins:zip
    itertools:imap -> builtins:map
    itertools:ifilter -> builtins:filter
    itertools:ifilterfalse -> itertools:filterfalse
    itertools:izip_longest -> itertools:zip_longest
    UserDict:UserDict -> collections:UserDict
    UserDict:IterableUserDict -> collections:UserDict
    UserString:UserString -> collections:UserString
    UserList:UserList -> collections:UserList
    string:letters -> string:ascii_letters
    string:lowercase -> string:ascii_lowercase
    string:uppercase -> string:ascii_uppercase
    whichdb:whichdb -> dbm:whichdb
    _socket:fromfd -> socket:fromfd
    _multiprocessing:Connection -> multiprocessing.connection:Connection
    multiprocessing.process:Process -> multiprocessing.context:Process
    multiprocessing.forking:Popen -> multiprocessing.popen_fork:Popen
    urllib:ContentTooShortError -> urllib.error:ContentTooShortError
    urllib:getproxies -> urllib.request:getproxies
    urllib:pathname2url -> urllib.request:pathname2url
    urllib:quote_plus -> urllib.parse:quote_plus
    urllib:quote -> urllib.parse:quote
    urllib:unquote_plus -> urllib.parse:unquote_plus
    urllib:unquote -> urllib.parse:unquote
    urllib:url2pathname -> urllib.request:url2pathname
    urllib:urlcleanup -> urllib.request:urlcleanup
    urllib:urlencode -> urllib.parse:urlencode
    urllib:urlopen -> urllib.request:urlopen
    urllib:urlretrieve -> urllib.request:urlretrieve
    urllib2:HTTPError -> urllib.error:HTTPError
    urllib2:URLError -> urllib.error:URLError
""")}

# The exceptions Python 2 kept in its `exceptions` module.
PYTHON2_EXCEPTIONS = tuple("""
    ArithmeticError AssertionError AttributeError BaseException BufferError
    BytesWarning DeprecationWarning EOFError EnvironmentError Exception
    FloatingPointError FutureWarning GeneratorExit IOError ImportError
    ImportWarning IndentationError IndexError KeyError KeyboardInterrupt
    LookupError MemoryError NameError NotImplementedError OSError
    OverflowError PendingDeprecationWarning ReferenceError RuntimeError
    RuntimeWarning StopIteration SyntaxError SyntaxWarning SystemError
    SystemExit TabError TypeError UnboundLocalError UnicodeDecodeError
    UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning
    UserWarning ValueError Warning ZeroDivisionError
""".split())

for _name in PYTHON2_EXCEPTIONS:
    NAME_MAPPING[('exceptions', _name)] = ('builtins', _name)
NAME_MAPPING[('exceptions', 'StandardError')] = ('builtins', 'Exception')

# Python 3 -> Python 2: the inverse maps, with the ambiguous entries settled.
REVERSE_IMPORT_MAPPING = {new: old for old, new in IMPORT_MAPPING.items()}
REVERSE_IMPORT_MAPPING['_pickle'] = 'pickle'
REVERSE_NAME_MAPPING = {new: old for old, new in NAME_MAPPING.items()}
REVERSE_NAME_MAPPING[('builtins', 'Exception')] = ('exceptions', 'Exception')
REVERSE_NAME_MAPPING[('builtins', 'str')] = ('__builtin__', 'unicode')

# Exceptions new in Python 3: pickled for Python 2 as their nearest base.
for _name in ("BlockingIOError", "ChildProcessError", "ConnectionError",
              "BrokenPipeError", "ConnectionAbortedError",
              "ConnectionRefusedError", "ConnectionResetError",
              "FileExistsError", "FileNotFoundError", "InterruptedError",
              "IsADirectoryError", "NotADirectoryError", "PermissionError",
              "ProcessLookupError", "TimeoutError"):
    REVERSE_NAME_MAPPING[('builtins', _name)] = ('exceptions', 'OSError')
for _name in ("ModuleNotFoundError",):
    REVERSE_NAME_MAPPING[('builtins', _name)] = ('exceptions', 'ImportError')
del _name
