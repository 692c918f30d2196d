"""Create portable serialized representations of Python objects.

See module copyreg for a mechanism for registering custom picklers.
See module pickletools source for extensive comments.

Classes:

    Pickler
    Unpickler

Functions:

    dump(object, file)
    dumps(object) -> string
    load(file) -> object
    loads(bytes) -> object

Misc variables:

    __version__
    format_version
    compatible_formats

"""

# The opcodes of the built-in types are written and read by _pickle (in C);
# this module decides how everything else is pickled (globals, reductions,
# persistent ids, the extension registry) and finds classes when loading.

import sys
import _pickle
from types import FunctionType
from copyreg import dispatch_table as _copyreg_table
from copyreg import _extension_registry, _inverted_registry, _extension_cache
import _compat_pickle
from operator import index as _index

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads", "PickleBuffer",
           "ADDITEMS", "APPEND", "APPENDS", "BINBYTES", "BINBYTES8",
           "BINFLOAT", "BINGET", "BININT", "BININT1", "BININT2",
           "BINPERSID", "BINPUT", "BINSTRING", "BINUNICODE", "BINUNICODE8",
           "BUILD", "BYTEARRAY8", "DEFAULT_PROTOCOL", "DICT", "DUP",
           "EMPTY_DICT", "EMPTY_LIST", "EMPTY_SET", "EMPTY_TUPLE", "EXT1",
           "EXT2", "EXT4", "FALSE", "FLOAT", "FRAME", "FROZENSET", "GET",
           "GLOBAL", "HIGHEST_PROTOCOL", "INST", "INT", "LIST", "LONG",
           "LONG1", "LONG4", "LONG_BINGET", "LONG_BINPUT", "MARK", "MEMOIZE",
           "NEWFALSE", "NEWOBJ", "NEWOBJ_EX", "NEWTRUE", "NEXT_BUFFER",
           "NONE", "OBJ", "PERSID", "POP", "POP_MARK", "PROTO", "PUT",
           "READONLY_BUFFER", "REDUCE", "SETITEM", "SETITEMS",
           "SHORT_BINBYTES", "SHORT_BINSTRING", "SHORT_BINUNICODE",
           "STACK_GLOBAL", "STOP", "STRING", "TRUE", "TUPLE", "TUPLE1",
           "TUPLE2", "TUPLE3", "UNICODE"]

bytes_types = (bytes, bytearray)

format_version = "5.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 5


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""
    pass


class PicklingError(PickleError):
    """This exception is raised when an unpicklable object is passed to the
    dump() method.

    """
    pass


class UnpicklingError(PickleError):
    """This exception is raised when there is a problem unpickling an object,
    such as a security violation.

    Note that other exceptions may also be raised during unpickling, including
    (but not necessarily limited to) AttributeError, EOFError, ImportError,
    and IndexError.

    """
    pass


# The opcodes, one bytes object each (pickletools describes them).
_OPCODES = {
    'MARK': b'(', 'STOP': b'.', 'POP': b'0', 'POP_MARK': b'1', 'DUP': b'2',
    'FLOAT': b'F', 'INT': b'I', 'BININT': b'J', 'BININT1': b'K',
    'LONG': b'L', 'BININT2': b'M', 'NONE': b'N', 'PERSID': b'P',
    'BINPERSID': b'Q', 'REDUCE': b'R', 'STRING': b'S', 'BINSTRING': b'T',
    'SHORT_BINSTRING': b'U', 'UNICODE': b'V', 'BINUNICODE': b'X',
    'APPEND': b'a', 'BUILD': b'b', 'GLOBAL': b'c', 'DICT': b'd',
    'EMPTY_DICT': b'}', 'APPENDS': b'e', 'GET': b'g', 'BINGET': b'h',
    'INST': b'i', 'LONG_BINGET': b'j', 'LIST': b'l', 'EMPTY_LIST': b']',
    'OBJ': b'o', 'PUT': b'p', 'BINPUT': b'q', 'LONG_BINPUT': b'r',
    'SETITEM': b's', 'TUPLE': b't', 'EMPTY_TUPLE': b')', 'SETITEMS': b'u',
    'BINFLOAT': b'G', 'TRUE': b'I01\n', 'FALSE': b'I00\n',
    'PROTO': b'\x80', 'NEWOBJ': b'\x81', 'EXT1': b'\x82', 'EXT2': b'\x83',
    'EXT4': b'\x84', 'TUPLE1': b'\x85', 'TUPLE2': b'\x86',
    'TUPLE3': b'\x87', 'NEWTRUE': b'\x88', 'NEWFALSE': b'\x89',
    'LONG1': b'\x8a', 'LONG4': b'\x8b', 'BINBYTES': b'B',
    'SHORT_BINBYTES': b'C', 'SHORT_BINUNICODE': b'\x8c',
    'BINUNICODE8': b'\x8d', 'BINBYTES8': b'\x8e', 'EMPTY_SET': b'\x8f',
    'ADDITEMS': b'\x90', 'FROZENSET': b'\x91', 'NEWOBJ_EX': b'\x92',
    'STACK_GLOBAL': b'\x93', 'MEMOIZE': b'\x94', 'FRAME': b'\x95',
    'BYTEARRAY8': b'\x96', 'NEXT_BUFFER': b'\x97',
    'READONLY_BUFFER': b'\x98',
}
globals().update(_OPCODES)
del _OPCODES

_BATCHSIZE = 1000


def _T(obj):
    """The name of obj's type, as the error notes show it."""
    cls = type(obj)
    mod = cls.__module__
    if mod is None or mod == 'builtins' or mod == '__main__':
        return cls.__qualname__
    return f'{mod}.{cls.__qualname__}'


def _resolve(owner, parts):
    """owner.a.b.c for parts ['a', 'b', 'c']; the last owner too."""
    parent = None
    for part in parts:
        parent = owner
        owner = getattr(owner, part)
    return owner, parent


def whichmodule(obj, name):
    """Find the module an object belong to."""
    path = name.split('.')
    module_name = getattr(obj, '__module__', None)
    if '<locals>' in path:
        raise PicklingError(f"Can't pickle local object {obj!r}")
    if module_name is None:
        for candidate, module in sys.modules.copy().items():
            if module is None or candidate in ('__main__', '__mp_main__'):
                continue
            try:
                if _resolve(module, path)[0] is obj:
                    return candidate
            except AttributeError:
                pass
        module_name = '__main__'
    try:
        __import__(module_name, level=0)
        module = sys.modules[module_name]
    except (ImportError, ValueError, KeyError) as exc:
        raise PicklingError(f"Can't pickle {obj!r}: {exc!s}")
    try:
        found = _resolve(module, path)[0]
    except AttributeError:
        raise PicklingError(f"Can't pickle {obj!r}: "
                            f"it's not found as {module_name}.{name}")
    if found is not obj:
        raise PicklingError(f"Can't pickle {obj!r}: "
                            f"it's not the same object as {module_name}.{name}")
    return module_name


def _protocol(protocol):
    if protocol is None:
        return DEFAULT_PROTOCOL
    protocol = _index(protocol)
    if not -sys.maxsize - 1 <= protocol <= sys.maxsize:
        raise OverflowError("Python int too large to convert to C long")
    if protocol < 0:
        return HIGHEST_PROTOCOL
    if protocol > HIGHEST_PROTOCOL:
        raise ValueError(f"pickle protocol must be <= {HIGHEST_PROTOCOL}")
    return protocol


def _noted(note, fn, *args):
    """fn(*args), adding note to anything it raises."""
    try:
        fn(*args)
    except BaseException as exc:
        exc.add_note(note)
        raise


class PickleBuffer:
    """Wrapper for potentially out-of-band buffers"""

    __slots__ = ('_view',)

    def __init__(self, buffer):
        try:
            self._view = memoryview(buffer)
        except TypeError:
            raise TypeError("a bytes-like object is required, "
                            f"not '{type(buffer).__name__}'") from None

    def _live(self):
        if self._view is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        return self._view

    def raw(self):
        """Return a memoryview of the raw memory underlying this buffer.
        Will raise BufferError is the buffer isn't contiguous."""
        view = self._live()
        if not view.contiguous:
            raise BufferError("cannot extract raw buffer from non-contiguous buffer")
        return view.cast('B') if view.format != 'B' or view.ndim != 1 else view[:]

    def release(self):
        """Release the underlying buffer exposed by the PickleBuffer object."""
        if self._view is not None:
            self._view.release()
            self._view = None

    def __buffer__(self, flags):
        return memoryview(self._live())

    def __release_buffer__(self, view):
        view.release()

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'pickle.PickleBuffer' object")


PickleBuffer.__module__ = 'pickle'


def _check_str(func, name, value):
    if not isinstance(value, str):
        shown = 'None' if value is None else type(value).__name__
        raise TypeError(f"{func}() argument '{name}' must be str, not {shown}")


class _PicklerMemoProxy:
    """A view of a Pickler's memo: {id(obj): (index, obj)}."""

    __slots__ = ('_enc',)

    def __init__(self, enc):
        self._enc = enc

    def copy(self):
        """Copy the memo to a new object."""
        return self._enc.memo_dict()

    def clear(self):
        """Remove all items from memo."""
        self._enc.clear_memo()


_PicklerMemoProxy.__module__ = '_pickle'
_PicklerMemoProxy.__name__ = _PicklerMemoProxy.__qualname__ = 'PicklerMemoProxy'


class _NoFile:
    pass


class Pickler:
    """This takes a binary file for writing a pickle data stream.

    The optional *protocol* argument tells the pickler to use the given
    protocol; supported protocols are 0, 1, 2, 3, 4 and 5.  The default
    protocol is 5. It was introduced in Python 3.8, and is incompatible
    with previous versions.

    Specifying a negative protocol version selects the highest protocol
    version supported.  The higher the protocol used, the more recent the
    version of Python needed to read the pickle produced.

    The *file* argument must have a write() method that accepts a single
    bytes argument. It can thus be a file object opened for binary
    writing, an io.BytesIO instance, or any other custom object that meets
    this interface.

    If *fix_imports* is True and protocol is less than 3, pickle will try
    to map the new Python 3 names to the old module names used in Python
    2, so that the pickle data stream is readable with Python 2.

    If *buffer_callback* is None (the default), buffer views are
    serialized into *file* as part of the pickle stream.

    If *buffer_callback* is not None, then it can be called any number of
    times with a buffer view.  If the callback returns a false value (such
    as None), the given buffer is out-of-band; otherwise the buffer is
    serialized in-band, i.e. inside the pickle stream.

    It is an error if *buffer_callback* is not None and *protocol* is
    None or smaller than 5.
    """

    def __init__(self, file, protocol=None, fix_imports=True, buffer_callback=None):
        proto = _protocol(protocol)
        if buffer_callback is not None and proto < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        write = None
        if file is not _NoFile:
            try:
                write = file.write
            except AttributeError:
                raise TypeError("file must have a 'write' attribute") from None
        self._proto = proto
        self._fix_imports = bool(fix_imports)
        self._buffer_callback = buffer_callback
        self._fast = 0
        self._enc = _pickle._encoder(proto, write, None, False, PicklingError)

    # -- attributes ---------------------------------------------------------

    @property
    def bin(self):
        return int(self._proto >= 1)

    @property
    def fast(self):
        return self._fast

    @fast.setter
    def fast(self, value):
        self._fast = int(bool(value))
        self._enc.set_fast(value)

    @property
    def memo(self):
        return _PicklerMemoProxy(self._enc)

    def clear_memo(self):
        """Clears the pickler's "memo".

        The memo is the data structure that remembers which objects the
        pickler has already seen, so that shared or recursive objects are
        pickled by reference and not by value.  This method is useful when
        re-using picklers."""
        self._enc.clear_memo()

    def persistent_id(self, obj, /):
        return None

    def dump(self, obj, /):
        """Write a pickled representation of the given object to the open file."""
        enc = getattr(self, '_enc', None)
        if enc is None:
            raise PicklingError("Pickler.__init__() was not called by "
                                f"{type(self).__name__}.__init__()")
        pid = self.persistent_id
        if getattr(pid, '__func__', None) is Pickler.persistent_id:
            pid = None
        enc.set_persistent_id(pid)
        try:
            return enc.dump(obj, self._save_other)
        finally:
            enc.set_persistent_id(None)

    # -- what the encoder hands over ----------------------------------------

    def _save_other(self, obj):
        t = type(obj)
        proto = self._proto
        if t is bytes:
            if not obj:
                return self._save_reduce(bytes, (), obj=obj)
            import _codecs
            return self._save_reduce(_codecs.encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
        if t is set or t is frozenset:
            return self._save_reduce(t, (list(obj),), obj=obj)
        if t is bytearray:
            return self._save_reduce(bytearray, (bytes(obj),) if obj else (), obj=obj)
        if t is PickleBuffer:
            return self._save_picklebuffer(obj)
        rv = NotImplemented
        override = getattr(self, 'reducer_override', None)
        if override is not None:
            rv = override(obj)
        if rv is NotImplemented:
            if t is type:
                return self._save_type(obj)
            if t is FunctionType:
                return self._save_global(obj)
            table = getattr(self, 'dispatch_table', None)
            if table is None:
                reduce = _copyreg_table.get(t)
            else:
                try:
                    reduce = table[t]
                except KeyError:
                    reduce = None
            if reduce is not None:
                rv = reduce(obj)
            elif issubclass(t, type):
                return self._save_global(obj)
            else:
                reduce = getattr(obj, '__reduce_ex__', None)
                if reduce is not None:
                    rv = reduce(proto)
                else:
                    reduce = getattr(obj, '__reduce__', None)
                    if reduce is None:
                        raise PicklingError(f"Can't pickle {_T(obj)} object")
                    rv = reduce()
        if isinstance(rv, str):
            return self._save_global(obj, rv)
        try:
            if not isinstance(rv, tuple):
                raise PicklingError('__reduce__ must return a string or tuple, '
                                    f'not {_T(rv)}')
            if not 2 <= len(rv) <= 6:
                raise PicklingError("tuple returned by __reduce__ "
                                    "must contain 2 through 6 elements")
            self._save_reduce(*rv, obj=obj)
        except BaseException as exc:
            exc.add_note(f'when serializing {_T(obj)} object')
            raise

    def _save_reduce(self, func, args, state=None, listitems=None,
                     dictitems=None, state_setter=None, *, obj=None):
        enc = self._enc
        save = enc.save
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ "
                                f"must be callable, not {_T(func)}")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ "
                                f"must be a tuple, not {_T(args)}")
        if listitems is not None and not hasattr(type(listitems), '__next__'):
            raise PicklingError("fourth item of the tuple returned by __reduce__ "
                                f"must be an iterator, not {_T(listitems)}")
        if dictitems is not None and not hasattr(type(dictitems), '__next__'):
            raise PicklingError("fifth item of the tuple returned by __reduce__ "
                                f"must be an iterator, not {_T(dictitems)}")
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth item of the tuple returned by __reduce__ "
                                f"must be callable, not {_T(state_setter)}")
        kind = getattr(func, '__name__', '') if self._proto >= 2 else ''
        what = _T(obj)
        if kind == '__newobj_ex__':
            if len(args) != 3:
                raise PicklingError("__newobj_ex__ expected 3 arguments, "
                                    f"got {len(args)}")
            cls, cargs, kwargs = args
            self._check_newobj(cls, obj, '__newobj_ex__')
            if not isinstance(cargs, tuple):
                raise PicklingError("second argument to __newobj_ex__() must be "
                                    f"a tuple, not {_T(cargs)}")
            if not isinstance(kwargs, dict):
                raise PicklingError("third argument to __newobj_ex__() must be "
                                    f"a dict, not {_T(kwargs)}")
            if self._proto >= 4:
                _noted(f'when serializing {what} class', save, cls)
                _noted(f'when serializing {what} __new__ arguments', self._save_two, cargs, kwargs)
                enc.write(NEWOBJ_EX)
            else:
                from functools import partial
                _noted(f'when serializing {what} reconstructor', save,
                       partial(cls.__new__, cls, *cargs, **kwargs))
                save(())
                enc.write(REDUCE)
        elif kind == '__newobj__':
            if not args:
                raise PicklingError("__newobj__ expected at least 1 argument")
            cls = args[0]
            self._check_newobj(cls, obj, '__newobj__')
            _noted(f'when serializing {what} class', save, cls)
            _noted(f'when serializing {what} __new__ arguments', save, args[1:])
            enc.write(NEWOBJ)
        else:
            _noted(f'when serializing {what} reconstructor', save, func)
            _noted(f'when serializing {what} reconstructor arguments', save, args)
            enc.write(REDUCE)
        if obj is not None:
            index = enc.memo_index(obj)
            if index is not None:
                enc.write(POP)
                enc.write_get(index)
            else:
                enc.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems, obj)
        if dictitems is not None:
            self._batch_setitems(dictitems, obj)
        if state is not None:
            if state_setter is None:
                _noted(f'when serializing {what} state', save, state)
                enc.write(BUILD)
            else:
                _noted(f'when serializing {what} state setter', save, state_setter)
                save(obj)
                _noted(f'when serializing {what} state', save, state)
                enc.write(TUPLE2 + REDUCE + POP)

    def _save_two(self, a, b):
        self._enc.save(a)
        self._enc.save(b)

    def _check_newobj(self, cls, obj, name):
        if not isinstance(cls, type):
            raise PicklingError(f"first argument to {name}() must be a class, "
                                f"not {_T(cls)}")
        if obj is not None and cls is not type(obj):
            raise PicklingError(f"first argument to {name}() must be "
                                f"{type(obj)!r}, not {cls!r}")

    def _batch_appends(self, items, obj):
        enc = self._enc
        what = _T(obj)
        if self._proto == 0:
            for i, item in enumerate(items):
                _noted(f'when serializing {what} item {i}', enc.save, item)
                enc.write(APPEND)
            return
        it = iter(items)
        start = 0
        while True:
            batch = []
            for item in it:
                batch.append(item)
                if len(batch) == _BATCHSIZE:
                    break
            if not batch:
                return
            if len(batch) == 1:
                _noted(f'when serializing {what} item {start}', enc.save, batch[0])
                enc.write(APPEND)
            else:
                enc.write(MARK)
                for i, item in enumerate(batch, start):
                    _noted(f'when serializing {what} item {i}', enc.save, item)
                enc.write(APPENDS)
            start += len(batch)
            if len(batch) < _BATCHSIZE:
                return

    def _save_pair(self, pair, what):
        key, value = pair
        self._enc.save(key)
        _noted(f'when serializing {what} item {key!r}', self._enc.save, value)

    def _batch_setitems(self, items, obj):
        enc = self._enc
        what = _T(obj)
        if self._proto == 0:
            for pair in items:
                self._save_pair(pair, what)
                enc.write(SETITEM)
            return
        it = iter(items)
        while True:
            batch = []
            for pair in it:
                batch.append(pair)
                if len(batch) == _BATCHSIZE:
                    break
            if not batch:
                return
            if len(batch) == 1:
                self._save_pair(batch[0], what)
                enc.write(SETITEM)
            else:
                enc.write(MARK)
                for pair in batch:
                    self._save_pair(pair, what)
                enc.write(SETITEMS)
            if len(batch) < _BATCHSIZE:
                return

    def _save_picklebuffer(self, obj):
        if self._proto < 5:
            raise PicklingError("PickleBuffer can only be pickled with protocol >= 5")
        with obj.raw() as view:
            in_band = True
            if self._buffer_callback is not None:
                in_band = bool(self._buffer_callback(obj))
            if in_band:
                self._enc.write_data(view, not view.readonly)
                self._enc.memoize(obj)
            else:
                self._enc.write(NEXT_BUFFER)
                if view.readonly:
                    self._enc.write(READONLY_BUFFER)

    def _save_type(self, obj):
        for value in (None, NotImplemented, ...):
            if obj is type(value):
                return self._save_reduce(type, (value,), obj=obj)
        return self._save_global(obj)

    def _save_global(self, obj, name=None):
        enc = self._enc
        proto = self._proto
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        module_name = whichmodule(obj, name)
        # CPython's module names are the same objects wherever they come
        # from (not those of built-in functions, nor qualified names), so
        # that a second one is fetched from the memo.
        if type(module_name) is str and type(obj).__name__ != 'builtin_function_or_method':
            module_name = sys.intern(module_name)
            if name is module_name:
                name = (name + '.')[:-1]
        if proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code is not None:
                if code <= 0xff:
                    enc.write(EXT1 + code.to_bytes(1, 'little'))
                elif code <= 0xffff:
                    enc.write(EXT2 + code.to_bytes(2, 'little'))
                else:
                    enc.write(EXT4 + code.to_bytes(4, 'little', signed=True))
                return
        if proto >= 4:
            enc.save(module_name)
            enc.save(name)
            enc.write(STACK_GLOBAL)
        elif '.' in name:
            first, *rest = name.split('.')
            for _ in rest:
                enc.save(getattr)
                if proto < 2:
                    enc.write(MARK)
            self._write_global(module_name, first)
            for attr in rest:
                enc.save(attr)
                enc.write(TUPLE + REDUCE if proto < 2 else TUPLE2 + REDUCE)
        else:
            self._write_global(module_name, name)
        enc.memoize(obj)

    def _write_global(self, module_name, name):
        if self._proto >= 3:
            encoding = 'utf-8'
        else:
            encoding = 'ascii'
            if self._fix_imports:
                renamed = _compat_pickle.REVERSE_NAME_MAPPING.get((module_name, name))
                if renamed is not None:
                    module_name, name = renamed
                else:
                    module_name = _compat_pickle.REVERSE_IMPORT_MAPPING.get(module_name, module_name)
        try:
            head = bytes(module_name, encoding)
        except UnicodeEncodeError:
            raise PicklingError(f"can't pickle module identifier {module_name!r} "
                                f"using pickle protocol {self._proto}") from None
        try:
            tail = bytes(name, encoding)
        except UnicodeEncodeError:
            raise PicklingError(f"can't pickle global identifier {name!r} "
                                f"using pickle protocol {self._proto}") from None
        self._enc.write(GLOBAL + head + b'\n' + tail + b'\n')


class Unpickler:
    """This takes a binary file for reading a pickle data stream.

    The protocol version of the pickle is detected automatically, so no
    protocol argument is needed.  Bytes past the pickled object's
    representation are ignored.

    The argument *file* must have two methods, a read() method that takes
    an integer argument, and a readline() method that requires no
    arguments.  Both methods should return bytes.  Thus *file* can be a
    binary file object opened for reading, an io.BytesIO object, or any
    other custom object that meets this interface.

    Optional keyword arguments are *fix_imports*, *encoding* and *errors*,
    which are used to control compatibility support for pickle stream
    generated by Python 2.  If *fix_imports* is True, pickle will try to
    map the old Python 2 names to the new names used in Python 3.  The
    *encoding* and *errors* tell pickle how to decode 8-bit string
    instances pickled by Python 2; these default to 'ASCII' and 'strict',
    respectively.  The *encoding* can be 'bytes' to read these 8-bit
    string instances as bytes objects.
    """

    def __init__(self, file, *, fix_imports=True, encoding='ASCII',
                 errors='strict', buffers=None):
        _check_str('Unpickler', 'encoding', encoding)
        _check_str('Unpickler', 'errors', errors)
        if file is not _NoFile and not (hasattr(file, 'read') and hasattr(file, 'readline')):
            raise TypeError("file must have 'read' and 'readline' attributes")
        self._file = file
        self._buffers = iter(buffers) if buffers is not None else None
        self._encoding = encoding
        self._errors = errors
        self.fix_imports = bool(fix_imports)
        self.proto = 0
        self.memo = {}

    def load(self):
        """Load a pickle.

        Read a pickled object representation from the open file object given
        in the constructor, and return the reconstituted object hierarchy
        specified therein.
        """
        if not hasattr(self, '_file'):
            raise UnpicklingError("Unpickler.__init__() was not called by "
                                  f"{type(self).__name__}.__init__()")
        self.proto = 0
        return _pickle._load(self, None, self._file, self.memo, UnpicklingError)

    def persistent_load(self, pid, /):
        raise UnpicklingError("A load persistent id instruction was encountered, "
                              "but no persistent_load function was specified.")

    def find_class(self, module_name, global_name, /):
        """Return an object from a specified module.

        If necessary, the module will be imported. Subclasses may override
        this method (e.g. to restrict unpickling of arbitrary classes and
        functions).

        This method is called whenever a class or a function object is
        needed.  Both arguments passed are str objects.
        """
        sys.audit('pickle.find_class', module_name, global_name)
        if self.proto < 3 and self.fix_imports:
            renamed = _compat_pickle.NAME_MAPPING.get((module_name, global_name))
            if renamed is not None:
                module_name, global_name = renamed
            else:
                module_name = _compat_pickle.IMPORT_MAPPING.get(module_name, module_name)
        __import__(module_name, level=0)
        module = sys.modules[module_name]
        if self.proto >= 4 and '.' in global_name:
            parts = global_name.split('.')
            try:
                return _resolve(module, parts)[0]
            except AttributeError:
                raise AttributeError(f"Can't resolve path {global_name!r} on "
                                     f"module {module_name!r}") from None
        return getattr(module, global_name)

    # -- helpers of the rare opcodes, called from _pickle ---------------------

    def _decode_string(self, raw, quoted):
        if quoted:
            import codecs
            raw = codecs.escape_decode(raw)[0]
        if self._encoding == 'bytes':
            return raw
        return raw.decode(self._encoding, self._errors)

    def _get_extension(self, code):
        missing = _extension_cache
        obj = _extension_cache.get(code, missing)
        if obj is not missing:
            return obj
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError(f"unregistered extension code {code}")
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        return obj

    def _next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            return next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None

    def _readonly_buffer(self, obj):
        with memoryview(obj) as view:
            if not view.readonly:
                return view.toreadonly()
        return obj


# CPython defines these in its _pickle module: they are found there too.
for _cls in (PickleError, PicklingError, UnpicklingError, Pickler, Unpickler):
    _cls.__module__ = '_pickle'
    setattr(_pickle, _cls.__name__, _cls)
del _cls


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write a pickled representation of obj to the open file object file.

    This is equivalent to ``Pickler(file, protocol).dump(obj)``, but may
    be more efficient.
    """
    Pickler(file, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Return the pickled representation of the object as a bytes object."""
    return Pickler(_NoFile, protocol, fix_imports=fix_imports,
                   buffer_callback=buffer_callback).dump(obj)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict",
         buffers=None):
    """Read and return an object from the pickle data stored in a file."""
    _check_str('load', 'encoding', encoding)
    _check_str('load', 'errors', errors)
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict",
          buffers=None):
    """Read and return an object from the given pickle data."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    _check_str('loads', 'encoding', encoding)
    _check_str('loads', 'errors', errors)
    u = Unpickler(_NoFile, fix_imports=fix_imports, buffers=buffers,
                  encoding=encoding, errors=errors)
    return _pickle._load(u, data, None, None, UnpicklingError)


for _fn in (dump, dumps, load, loads):
    _fn.__module__ = '_pickle'
    setattr(_pickle, _fn.__name__, _fn)
del _fn
