/* The _pickle accelerator, shared by its parts: _pickle_pickler.c writes
 * objects as pickle opcodes (the Encoder), _pickle_unpickler.c reads them
 * back, _pickle.c registers the module.  lib/pickle.py holds the rest of
 * the pickler (globals, reductions, persistent ids) and calls in here. */
#ifndef CIPY_MODULES_PICKLE_H
#define CIPY_MODULES_PICKLE_H
#include "object.h"

/* The opcodes (pickletools documents them). */
enum {
    OP_MARK = '(', OP_STOP = '.', OP_POP = '0', OP_POP_MARK = '1', OP_DUP = '2', OP_FLOAT = 'F',
    OP_INT = 'I', OP_BININT = 'J', OP_BININT1 = 'K', OP_LONG = 'L', OP_BININT2 = 'M', OP_NONE = 'N',
    OP_PERSID = 'P', OP_BINPERSID = 'Q', OP_REDUCE = 'R', OP_STRING = 'S', OP_BINSTRING = 'T',
    OP_SHORT_BINSTRING = 'U', OP_UNICODE = 'V', OP_BINUNICODE = 'X', OP_APPEND = 'a', OP_BUILD = 'b',
    OP_GLOBAL = 'c', OP_DICT = 'd', OP_EMPTY_DICT = '}', OP_APPENDS = 'e', OP_GET = 'g', OP_BINGET = 'h',
    OP_INST = 'i', OP_LONG_BINGET = 'j', OP_LIST = 'l', OP_EMPTY_LIST = ']', OP_OBJ = 'o', OP_PUT = 'p',
    OP_BINPUT = 'q', OP_LONG_BINPUT = 'r', OP_SETITEM = 's', OP_TUPLE = 't', OP_EMPTY_TUPLE = ')',
    OP_SETITEMS = 'u', OP_BINFLOAT = 'G', OP_BINBYTES = 'B', OP_SHORT_BINBYTES = 'C',
    OP_PROTO = 0x80, OP_NEWOBJ, OP_EXT1, OP_EXT2, OP_EXT4, OP_TUPLE1, OP_TUPLE2, OP_TUPLE3, OP_NEWTRUE,
    OP_NEWFALSE, OP_LONG1, OP_LONG4, OP_SHORT_BINUNICODE, OP_BINUNICODE8, OP_BINBYTES8, OP_EMPTY_SET,
    OP_ADDITEMS, OP_FROZENSET, OP_NEWOBJ_EX, OP_STACK_GLOBAL, OP_MEMOIZE, OP_FRAME, OP_BYTEARRAY8,
    OP_NEXT_BUFFER, OP_READONLY_BUFFER,
};

enum { PICKLE_BATCH = 1000, PICKLE_FRAME_TARGET = 64 * 1024, PICKLE_HIGHEST = 5 };

extern Type PickleEncoder_Type;

/* _pickle._encoder(protocol, write, persistent_id, fast, error) and
 * _pickle._load(unpickler, data, file, memo, error), for the module's table. */
Object *Pickle_EncoderFn(Object *self, Object *const *args, size_t nargs, Object *kwnames);
Object *Pickle_LoadFn(Object *self, Object *const *args, size_t nargs, Object *kwnames);
#endif
