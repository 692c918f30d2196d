/* The _io module (src/modules/_io_*.c): what its files share.
 *
 * Every object of the module starts with an IOBase: the instance __dict__
 * (where FileIO keeps `name`, as CPython does) and the two flags of the
 * base class.  The classes below the bases call each other through
 * attribute lookup (self.read(), self.raw.readinto()), so a Python class
 * that overrides a method is honoured as in CPython. */
#ifndef CIPY_IO_H
#define CIPY_IO_H
#include "object.h"
#include "runtime/bytebuf.h"
#include <stddef.h>

typedef struct OutStream OutStream; /* runtime/interp.h */

enum { IO_DEFAULT_BUFFER_SIZE = 128 * 1024 };
/* open() caps a buffer taken from the device's block size at this. */
enum { IO_MAX_BLOCK_BUFFER = 8 * 1024 * 1024 };

typedef struct IOBase {
    Object ob;
    Object *dict;     /* instance __dict__ (owned, made on first use) */
    bool closed;      /* _IOBase.close() ran: what _IOBase.closed reports */
    bool finalized;   /* close() was called as the object died (once only) */
    bool finalizing;  /* that close() is running: the layers warn of an unclosed file */
} IOBase;

/* The two layers under a text stream, shared for the standard streams'
 * fast path (TextIO_WriteBound). */
typedef struct FileIO {
    IOBase base;
    int fd;                /* -1 when closed */
    bool readable, writable, appending, created;
    bool closefd;
    signed char seekable;  /* -1: not known yet */
    ssize_t blksize;
} FileIO;

typedef struct Buffered {
    IOBase base;
    Object *raw;            /* owned; NULL before __init__ and once detached */
    bool ok, detached;
    bool readable, writable;
    ssize_t buffer_size;
    char *rbuf;             /* buffer_size bytes (malloc'ed) when readable */
    ssize_t rpos, rend;     /* the read-ahead: rbuf[rpos:rend] */
    ByteBuf wbuf;           /* pending writes */
    OutStream *out;         /* bound to that output stream (sys.stdout.buffer), or NULL: wbuf unused */
} Buffered;

extern Type IOBase_Type, RawIOBase_Type, BufferedIOBase_Type, TextIOBase_Type;
extern Type FileIO_Type, BytesIO_Type, BytesIOBuffer_Type, StringIO_Type;
extern Type BufferedReader_Type, BufferedWriter_Type, BufferedRandom_Type, BufferedRWPair_Type;
extern Type TextIOWrapper_Type, IncrementalNewlineDecoder_Type;
/* Adds open (builtins' own object), open_code and text_encoding (_io_open.c). */
int Io_AddFunctions(Object *module);

/* The buffered streams' direct path to an exact FileIO (no method calls):
 * one read(2) / write(2) as FileIO.readinto / write would make it, -2 when
 * it would block, -1 with the exception they would raise. */
ssize_t FileIO_ReadInto(Object *raw, char *dst, size_t n);
ssize_t FileIO_Write(Object *raw, const char *data, size_t n);
bool FileIO_Closed(Object *raw);
/* raw.readable(), writable() and seekable() of an exact, open FileIO,
 * without the calls (the layers above ask them as they are made); false
 * for anything else (ask through the methods). */
bool FileIO_Abilities(Object *raw, bool *readable, bool *writable, bool *seekable);
/* buffer.closed of an exact BufferedReader/Writer/Random: 1, 0, -1. */
int Buffered_Closed(Object *buffer);

/* sys.stdout and sys.stderr are a TextIOWrapper over a BufferedWriter (or,
 * with -u, a FileIO) like any other, but bound to the interpreter's output
 * stream of their descriptor (runtime/out.c): the text waiting in the
 * wrapper and the bytes waiting in the buffer are kept there, in CPython's
 * sizes, where tracebacks and the other internal output join them in
 * order.  Only where the data waits changes; every method and attribute is
 * the type's own.  out belongs to the interpreter the objects belong to. */
void TextIO_BindOut(Object *text, OutStream *out);
void Buffered_BindOut(Object *buffer, OutStream *out);
/* print()'s way to a bound stream: text (a str, or UTF-8 bytes when str is
 * NULL) written as self.write(text) would, without the call.  0 when done,
 * -1 on error, IO_NOT_BOUND when self is not a bound stream that can take
 * it so (call write()).  Declared again in modules.h. */
enum { IO_NOT_BOUND = -2 };
/* PYTHONIOENCODING on a standard stream not used yet: its encoding (a
 * str naming a codec) and errors (NULL: kept).  -1 with LookupError. */
int TextIO_SetCodec(Object *text, Object *encoding, Object *errors);
/* What a bound stream found closed at exit still holds is lost, as the
 * buffer of a closed file is in CPython. */
void TextIO_DiscardBound(Object *text);
int TextIO_WriteBound(Object *self, Object *str, const char *data, size_t len);

/* Kinds of line endings seen (StringIO, IncrementalNewlineDecoder). */
enum { IO_NL_LF = 1, IO_NL_CR = 2, IO_NL_CRLF = 4 };
/* `newlines` for a set of IO_NL_* flags: None, one str or a tuple of them,
 * in CPython's order ("\r", "\n", "\r\n"). */
Object *Io_NewlinesObject(unsigned seen);

/* The encoding a text stream gets when none is given: "utf-8" in UTF-8
 * mode, else "locale" (what io.text_encoding(None) returns). */
Object *Io_DefaultEncodingName(void);
/* The EncodingWarning "'encoding' argument not specified" for a text
 * stream made without an encoding, when sys.flags.warn_default_encoding
 * is set (-X warn_default_encoding); stacklevel 1 is the running Python
 * frame.  -1 when a filter made it an error. */
int Io_WarnDefaultEncoding(int stacklevel);

/* Raises io.UnsupportedOperation(msg); returns NULL. */
Object *Io_Unsupported(const char *msg);
/* Raises ValueError("I/O operation on closed file."); returns NULL. */
Object *Io_ClosedError(void);
/* Raises io.UnsupportedOperation("File or stream is not <what>.") unless
 * self.<what>able() is true.  -1 on error. */
int Io_CheckAble(Object *self, const char *what);
/* -1 with ValueError when self.closed is true. */
int Io_CheckClosed(Object *self);

/* Called first by the deallocator of every _io type: when self (an
 * instance of the type itself; a class's instances are finalized by their
 * __del__) was not finalized yet, calls self.close() (when self.closed is
 * false) as CPython does for a dying file, reporting an error as
 * unraisable.  True when the object was resurrected by that and must not be
 * freed. */
bool Io_Finalize(Object *self);
/* For the close() of a dying layer: layer._dealloc_warn(source) (the
 * layer below, down to the FileIO, warns "unclosed file <source>");
 * errors are dropped, as CPython drops them. */
void Io_DeallocWarn(Object *layer, Object *source);
/* Clears and visits the IOBase part (the dict). */
void IOBase_ClearBase(Object *self);
int IOBase_TraverseBase(Object *self, VisitFn visit, void *arg);

/* The decoding state of a text stream (_io_decoder.c): a codec cipy has
 * (utf-8, ascii, iso8859-1: see Str_CodecName), or else the incremental
 * decoder of a codec from the registry, and with universal newlines the
 * newline decoder over it. */
typedef struct TextDecoder {
    const char *codec;   /* static codec name, or NULL: inc decodes */
    Object *inc;         /* the codec's incremental decoder (owned), or NULL */
    Object *errors;      /* borrowed str, or NULL for strict */
    uint8_t pending[4];  /* an incomplete UTF-8 sequence waiting for more */
    int npending;
    bool newlines;       /* newline None or "": the IncrementalNewlineDecoder part */
    bool translate;      /* newline None: "\r\n" and "\r" become "\n" */
    bool pendingcr;      /* a "\r" at the end of the last input waits */
    unsigned seennl;     /* IO_NL_* */
} TextDecoder;
/* inc: NULL, or the incremental decoder to use instead of codec (stolen). */
void TextDecoder_Init(TextDecoder *d, const char *codec, Object *inc, Object *errors, bool newlines, bool translate);
void TextDecoder_Clear(TextDecoder *d);
/* The text the bytes complete (final: no more will come).  New str or NULL. */
Object *TextDecoder_Decode(TextDecoder *d, const uint8_t *data, size_t n, bool final);
int TextDecoder_Reset(TextDecoder *d);
/* getstate(): the bytes waiting (a new bytes object when pending is not
 * NULL; their number in *npending) and the flags, the newline decoder's bit
 * included. */
int TextDecoder_GetState(TextDecoder *d, Object **pending, ssize_t *npending, int *flags);
/* setstate((b"", flags)). */
int TextDecoder_SetState(TextDecoder *d, int flags);
/* IncrementalNewlineDecoder.decode's newline work on decoded text s
 * (stolen): a new str, NULL on error. */
Object *Newline_Decode(Object *s, bool *pendingcr, unsigned *seennl, bool translate, bool final);

/* A type's name as Argument Clinic's "must be str, not None" shows it. */
#define IO_ARG_TYPE_NAME(o) ((o) == OBJ_NONE ? "None" : TYPE_NAME(o))

/* A size argument into *out: NULL or None is -1, else an int (__index__);
 * CPython's TypeError for anything else.  -1 on error. */
int Io_SizeArg(Object *arg, ssize_t *out);
/* DEFAULT_BUFFER_SIZE as an object (a small int). */
#define IO_DEFAULT_BUFFER_OBJ SMALL_FROM(IO_DEFAULT_BUFFER_SIZE)
#endif
