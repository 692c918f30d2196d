/* str: compact 1/2/4-byte-per-character strings, as CPython's.
 * kind 1 holds Latin-1 (ascii flag when all < 128), kind 2 UCS-2, kind 4 UCS-4;
 * the narrowest kind that fits is always used, so equal strings have equal
 * kinds.  data is NUL-terminated in its kind, and the data area is a multiple
 * of 8 bytes whose bytes past the terminator are zero too (Str_Eq compares
 * short strings word by word): write code points only, never past len. */
#ifndef CIPY_STR_H
#define CIPY_STR_H
#include "object.h"
#include <string.h>

typedef struct Str {
    Object ob;
    ssize_t len;       /* code points */
    hash_t hash;       /* -1 until computed */
    uint8_t kind;      /* 1, 2 or 4 */
    uint8_t ascii;     /* all code points < 128: data is also the UTF-8 */
    uint8_t interned;  /* read and set atomically: Str_IsInterned */
    char *utf8;        /* cached UTF-8 (owned, unless ascii: then == data) */
    ssize_t utf8_len;
    _Alignas(8) uint8_t data[];
} Str;

#define STR_LEN(s) (((Str *)(s))->len)
#define STR_KIND(s) (((Str *)(s))->kind)
#define STR_DATA(s) ((void *)((Str *)(s))->data)
static inline uint32_t STR_CHAR(const Object *s, ssize_t i) {
    const Str *u = (const Str *)s;
    return u->kind == 1 ? u->data[i] : u->kind == 2 ? ((const uint16_t *)u->data)[i] : ((const uint32_t *)u->data)[i];
}
/* The largest code point s may hold, judged from its kind and ascii flag
 * without scanning it (a string of that bound has s's kind). */
static inline uint32_t STR_MAX_BOUND(const Object *s) {
    const Str *u = (const Str *)s;
    return u->ascii ? 127 : u->kind == 1 ? 255 : u->kind == 2 ? 0xFFFF : 0x10FFFF;
}

/* UTF-8 input; len -1 means strlen.  Invalid UTF-8 raises UnicodeDecodeError. */
Object *Str_FromUTF8(const char *s, ssize_t len);
/* The same, but lone surrogates encoded in UTF-8 are accepted (marshal). */
Object *Str_FromUTF8Surrogates(const char *s, ssize_t len);
/* The same, invalid bytes decoded by surrogateescape (file names). */
Object *Str_FromUTF8Escaped(const char *s, ssize_t len);
Object *Str_FromLatin1(const char *s, ssize_t len);
Object *Str_FromUCS4(const uint32_t *cps, ssize_t len);   /* picks the narrowest kind */
Object *Str_FromChar(uint32_t cp);                        /* cached for < 256 */
/* New uninitialised string of the given length and max code point; fill its data. */
Object *Str_NewRaw(ssize_t len, uint32_t maxchar);
/* printf-like: %s %d %i %u %ld %lu %zd %zu %lld %llu %x %c (code point) %p %%,
 * %.Ns precision on %s, and object codes: %R repr(o), %S str(o), %U a str object
 * itself, %T type name of an object, %N name of a Type *. */
Object *Str_FromFormat(const char *fmt, ...);
Object *Str_FromFormatV(const char *fmt, va_list ap);

/* Cached UTF-8 of s (owned by s); NULL with UnicodeEncodeError for surrogates. */
const char *Str_AsUTF8(Object *s, ssize_t *len);
/* The same for C code that wants a C string: ValueError "embedded null
 * character" when s holds a NUL (as CPython's PyUnicode_AsUTF8). */
const char *Str_AsCString(Object *s);
bool Str_EqC(Object *s, const char *c);       /* s == C string (UTF-8) */
bool Str_Eq(Object *a, Object *b);            /* both str */
int Str_Compare(Object *a, Object *b);        /* -1, 0, 1 by code point */
hash_t Str_Hash(Object *s);
Object *Str_Concat(Object *a, Object *b);
Object *Str_Join(Object *sep, Object *iterable);
/* s += t, linear in a loop: Str_AppendInPlace(a, b) appends b to a in a's
 * own block, which grows with room to spare, and returns a (perhaps moved:
 * the old pointer is dead); NULL with MemoryError and a untouched.  a must
 * be an exact str its caller holds the only reference to, for which
 * Str_CanGrow(a, b) is true (not interned, not empty, b no wider). */
bool Str_CanGrow(Object *a, Object *b);
Object *Str_AppendInPlace(Object *a, Object *b);
Object *Str_Repr(Object *s);
Object *Str_Substring(Object *s, ssize_t start, ssize_t end);
ssize_t Str_Find(Object *hay, Object *needle, ssize_t start, ssize_t end); /* -1 absent */
/* Where p[0:m] first occurs in h[0:n] (Latin-1 data, m >= 1), or -1: glibc's memmem. */
ssize_t Str_FindLatin1(const uint8_t *h, ssize_t n, const uint8_t *p, ssize_t m);
Object *Str_Format(Object *s, Object *spec);  /* str.__format__ */

/* Interned immortal strings: borrowed, never freed; one table for the whole
 * process (any thread may intern). */
Object *Str_InternC(const char *s);
Object *Str_Intern(Object *s);    /* steals s; returns the (borrowed) interned copy */
/* The interned str holding the n code points of data (of the narrowest kind
 * for them), borrowed (interned strs are immortal), or NULL if there is none:
 * nothing is interned. */
Object *Str_FindInterned(int kind, const void *data, ssize_t n);
/* True when s (an exact str) is the interned one.  A string made at
 * start-up, which all threads share, may become interned while others read
 * it: the flag is accessed atomically. */
static inline bool Str_IsInterned(Object *s) { return __atomic_load_n(&((Str *)s)->interned, __ATOMIC_RELAXED); }
/* A static interned name: ID(__init__).  The first use interns it and
 * publishes it in the call site's static (Str_InternId); threads racing
 * there store the same pointer. */
#define ID(name)                                                             \
    ({                                                                       \
        static Object *_id_##name;                                           \
        Object *_id_v = __atomic_load_n(&_id_##name, __ATOMIC_ACQUIRE);      \
        _id_v ? _id_v : Str_InternId(&_id_##name, #name);                    \
    })
Object *Str_InternId(Object **slot, const char *name);
/* Makes the shared empty and one-character strings (start-up). */
int Str_Ready(void);

/* Builds a str piece by piece.  The buffer holds code points in the
 * narrowest kind that fits what was appended so far (widened when a wider
 * character arrives), so finishing is one copy.  Short results stay in the
 * inline buffer: a StrBuilder lives on the stack and must not be copied. */
#define SB_INLINE 120
typedef struct StrBuilder {
    void *buf;          /* inline_buf, or the data of block: cap code points of width kind */
    void *block;        /* NULL, or the Str_Buffer that becomes the result (no copy) */
    ssize_t len, cap;
    uint32_t maxchar;   /* bounds the code points appended (same kind, same ascii-ness) */
    int kind;
    _Alignas(8) uint8_t inline_buf[SB_INLINE];
} StrBuilder;
void SB_Init(StrBuilder *sb);
int SB_AppendChar(StrBuilder *sb, uint32_t cp);
int SB_AppendUTF8(StrBuilder *sb, const char *s, ssize_t len);   /* len -1: strlen */
int SB_AppendASCII(StrBuilder *sb, const char *s, ssize_t len);
int SB_AppendStr(StrBuilder *sb, Object *s);
int SB_AppendSubstr(StrBuilder *sb, Object *s, ssize_t start, ssize_t end);   /* s[start:end], in range */
int SB_AppendFill(StrBuilder *sb, uint32_t cp, ssize_t n);                    /* n (<= 0: none) copies of cp */
int SB_AppendRepr(StrBuilder *sb, Object *o);   /* repr(o) */
int SB_AppendObjStr(StrBuilder *sb, Object *o); /* str(o) */
Object *SB_Finish(StrBuilder *sb);              /* frees the buffer */
/* Room for n more code points, all at most maxchar (the builder widened for
 * them): the caller then writes them itself at sb->buf + sb->len * sb->kind
 * and adds n to sb->len. */
int SB_Reserve(StrBuilder *sb, ssize_t n, uint32_t maxchar);
/* SB_AppendASCII of bytes known to be ASCII, inline when they fit. */
static inline int SB_AppendKnownASCII(StrBuilder *sb, const char *s, ssize_t n) {
    if (sb->kind != 1 || n > sb->cap - sb->len) return SB_AppendASCII(sb, s, n);
    memcpy((uint8_t *)sb->buf + sb->len, s, (size_t)n);
    sb->len += n;
    if (sb->maxchar < 127) sb->maxchar = 127;
    return 0;
}
/* The code points appended, all below 256, as a bytes object: a large
 * buffer becomes the bytes in place, so the result is never copied. */
Object *SB_FinishBytes(StrBuilder *sb);

/* The memory of a StrBuilder past its inline buffer: a block that can hold a
 * str of cap code points of a kind (data at Str_BufferData), resized as it
 * fills and turned into the str itself at the end, shrunk in place, so a
 * large result is never copied.  New and Resize raise MemoryError on
 * failure (Resize then leaves b alone); Finish takes b, whose first len
 * code points, at most maxchar, must be of the narrowest kind for it. */
void *Str_BufferNew(ssize_t cap, int kind);
void *Str_BufferResize(void *b, ssize_t cap, int kind);
uint8_t *Str_BufferData(void *b);
void Str_BufferFree(void *b);
Object *Str_BufferFinish(void *b, ssize_t len, int kind, uint32_t maxchar);
/* The same for a block of kind 1 turned into a bytes object of len bytes. */
Object *Str_BufferFinishBytes(void *b, ssize_t len);
/* s itself as a buffer holding its code points, room for *cap, when it is an
 * exact str nobody else holds (the caller's reference is given up); else
 * NULL, with nothing changed. */
void *Str_BufferAdopt(Object *s, ssize_t *cap);
/* SB_AppendStr, then DECREF(s); appended to an empty builder, a large str
 * that only the caller holds becomes the builder's buffer (no copy). */
int SB_AppendStrSteal(StrBuilder *sb, Object *s);
void SB_Discard(StrBuilder *sb);
/* ---- additions by the text contributor ---- */
extern Type StrIter_Type, StrAsciiIter_Type;
extern const MethodDef Str_Methods[];   /* str_methods.c */
Object *Str_Empty(void);                 /* borrowed immortal '' */
/* A str from n code points of the given width (1, 2, 4); narrowest kind. */
Object *Str_FromKindData(int kind, const void *data, ssize_t n);
/* Largest code point of the data (for kind 1: 127 if all ASCII, else 255). */
uint32_t Str_MaxCharOf(const void *data, int kind, ssize_t n);
/* Copies n code points of width skind into dst's data at index at (dst was
 * created with a maxchar large enough for them). */
void Str_CopyChars(Object *dst, ssize_t at, const void *src, int skind, ssize_t n);
Object *Str_Exact(Object *s);            /* s itself if exact str, else an exact copy */
Object *Str_Repeat(Object *s, ssize_t count);
/* bytes -> str with a codec (utf-8, ascii, latin-1 and aliases) and an error
 * handler name (NULL: strict); LookupError for unknown names. */
Object *Str_Decode(const char *s, ssize_t len, const char *encoding, const char *errors);
/* str -> bytes with a codec and error handler (NULL: utf-8 / strict). */
Object *Str_Encode(Object *s, const char *encoding, const char *errors);
/* Str_Encode's bytes appended to out, for utf-8, ascii and latin-1 (and
 * their aliases): 0, or -1 with the error (out as it was); 1 (nothing done)
 * for any other encoding. */
struct ByteBuf;
int Str_EncodeAppend(Object *s, const char *encoding, const char *errors, struct ByteBuf *out);
/* The name codecs.lookup(encoding).name gives ("iso8859-1" for "latin-1"),
 * NULL for an encoding cipy does not have.  Static. */
const char *Str_CodecName(const char *encoding);
/* fmt % args (str_format.c). */
Object *Str_PercentFormat(Object *fmt, Object *args);
/* bytes % args: fmt is a bytes object (nothing may change it meanwhile);
 * returns the formatted bytes (str_format.c). */
Object *Str_PercentFormatBytes(Object *fmt, Object *args);
/* fmt.format(*args, **kwargs): kwargs may be NULL (str_format.c). */
Object *Str_FormatArgs(Object *fmt, Object *const *args, size_t nargs, Object *kwargs);
Object *Str_FormatMap(Object *fmt, Object *mapping);   /* fmt.format_map(mapping) */
/* The grammar of str.format's replacement fields (str_format.c), shared with
 * the _string module.  A format string is a series of pieces: literal text
 * fmt[lit_start:lit_end] (a doubled brace ends a piece with one brace), then
 * maybe a replacement field {name!conv:spec}. */
typedef struct FormatPiece {
    ssize_t lit_start, lit_end;
    bool has_field;
    ssize_t name_start, name_end, spec_start, spec_end;
    uint32_t conv;               /* 0: none */
    bool spec_has_fields;        /* the spec holds nested replacement fields */
} FormatPiece;
/* The piece at *pos (before end): 1 with *p filled, 0 at the end, -1 with
 * CPython's ValueError.  *pos moves past what was read, also on error. */
int Format_NextPiece(Object *fmt, ssize_t *pos, ssize_t end, FormatPiece *p);
/* A field name fmt[start:end] is a first part (up to the first '.' or '[')
 * and a series of .attribute and [key] parts.  Format_FieldFirst: the first
 * part as an int (decimal digits) or a str; Format_FieldFirstEnd: where it
 * ends.  Format_FieldNext: the part at *pos: 1 with *is_attr and *key (new
 * reference: a str, or an int for a [key] of digits), 0 at the end, -1 with
 * ValueError. */
Object *Format_FieldFirst(Object *fmt, ssize_t start, ssize_t end);
ssize_t Format_FieldFirstEnd(Object *fmt, ssize_t start, ssize_t end);
int Format_FieldNext(Object *fmt, ssize_t *pos, ssize_t end, bool *is_attr, Object **key);
/* s.replace(old, new, count); count < 0: all. */
Object *Str_Replace(Object *s, Object *old, Object *new_, ssize_t count);
bool Str_IsIdentifier(Object *s);
/* An index from an int-like key (__index__); huge values raise IndexError
 * "cannot fit 'int' into an index-sized integer".  -1 with Err_Occurred(). */
ssize_t Text_Index(Object *key);
/* Instances of str subclasses: extra per-instance fields (basicsize beyond
 * sizeof(Str), e.g. the __dict__ slot) start at this byte offset, after the
 * character data; a subclass dictoffset cannot be constant. */
size_t Str_ExtraOffset(Object *s);

/* Substring search (str_search.c).  A StrSearch is a needle prepared for
 * haystacks of one kind; positions are code point indices.  Init it on the
 * stack (it may point into itself: do not copy it), search any number of
 * times, then Done. */
typedef struct StrSearch {
    const void *needle;     /* m code points in the haystack's kind */
    ssize_t m;
    int kind;               /* the haystack's kind */
    int nkind;              /* the needle's kind: kind, unless widening ran out of memory */
    bool impossible;        /* the needle is wider than any haystack of that kind */
    uint64_t mask;          /* Bloom mask of the needle's characters */
    ssize_t skip, rskip;    /* shifts after a failed last / first character match */
    void *owned;            /* malloc'ed widened needle, or NULL */
    uint64_t small[8];      /* a short widened needle lives here */
} StrSearch;
void StrSearch_Init(StrSearch *ss, Object *hay, Object *needle);  /* cannot fail */
/* First / last index i in [start, end - m] where the needle occurs, or -1;
 * start and end must already be within [0, len(hay)]. */
ssize_t StrSearch_Next(const StrSearch *ss, Object *hay, ssize_t start, ssize_t end);
ssize_t StrSearch_Prev(const StrSearch *ss, Object *hay, ssize_t start, ssize_t end);
void StrSearch_Done(StrSearch *ss);
/* Non-overlapping occurrences of needle in hay[start:end] (normalised, start
 * may exceed the length), at most maxcount. */
ssize_t Str_Count(Object *hay, Object *needle, ssize_t start, ssize_t end, ssize_t maxcount);
#endif
