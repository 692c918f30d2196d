/* The _codecs module: the registry of codec search functions, the error
 * handler registry's functions (runtime/codec_err.c holds the handlers),
 * and the codecs str.c implements (UTF-8, ASCII, Latin-1) as codec
 * functions.  The codecs package (lib/codecs.py) and the encodings
 * package (lib/encodings/) are built on it.
 *
 * Names are normalized before the search functions see them: ASCII
 * letters and digits (lower-cased) and dots are kept, every other run of
 * characters becomes one '_' between them.  Results are cached per
 * normalized name until a search function is unregistered. */
#include "modules/_codecs.h"
#include "abstract.h"
#include "modules/_warnings.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/memoryview.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/buffer.h"
#include "runtime/codec_err.h"
#include "runtime/err.h"
#include "runtime/import.h"
#include "runtime/interp.h"
#include <stdlib.h>

/* ---- argument helpers ---------------------------------------------------------- */

/* How CPython's argument errors name an object's type ("None" for None). */
static const char *kind_of(Object *o) {
    return o == OBJ_NONE ? "None" : TYPE_NAME(o);
}

bool Codecs_StrArg(const char *fn, Object *const *args, size_t nargs, size_t i) {
    if (Str_Check(args[i])) return true;
    Err_Format(Exc_TypeError, "%s() argument %zu must be str, not %s", fn, i + 1, kind_of(args[i]));
    return false;
}

int Codecs_ErrorsArg(const char *fn, Object *const *args, size_t nargs, size_t i, const char **errors) {
    *errors = NULL;
    if (i >= nargs || !args[i] || args[i] == OBJ_NONE) return 0;
    if (!Str_Check(args[i])) {
        Err_Format(Exc_TypeError, "%s() argument %zu must be str or None, not %s", fn, i + 1, TYPE_NAME(args[i]));
        return -1;
    }
    return (*errors = Str_AsCString(args[i])) ? 0 : -1;
}

int Codecs_FlagArg(Object *const *args, size_t nargs, size_t i, bool *flag) {
    if (i >= nargs || !args[i]) return 0;
    int t = Obj_IsTrue(args[i]);
    if (t < 0) return -1;
    *flag = t;
    return 0;
}

Object *Codecs_Pair(Object *result, ssize_t consumed) {
    if (!result) return NULL;
    Object *n = Int_FromI64(consumed);
    Object *r = n ? Tuple_Pack(2, result, n) : NULL;
    DECREF(result);
    XDECREF(n);
    return r;
}

/* ---- the registry ---------------------------------------------------------------- */

/* The normalized form of name (see the top of the file), a new str. */
static Object *normalize(Object *name) {
    const char *s = Str_AsCString(name);
    if (!s) return NULL;
    size_t n = strlen(s);
    char *out = malloc(n + 1);
    if (!out) return Err_NoMemory();
    size_t k = 0;
    bool gap = false;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        unsigned char c = *p;
        bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.';
        if (!keep) {
            gap = true;
            continue;
        }
        if (gap && k) out[k++] = '_';
        gap = false;
        out[k++] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    Object *r = Str_FromUTF8(out, (ssize_t)k);
    free(out);
    return r;
}

/* The list of search functions; the first use imports the encodings
 * package, which registers its own. */
static Object *search_functions(void) {
    Interp *in = g_interp;
    if (in->codec_search) return in->codec_search;
    if (!(in->codec_search = List_New(0)) || !(in->codec_cache = Dict_New())) return NULL;
    Object *m = Import_ImportC("encodings");
    if (!m) return NULL;
    DECREF(m);
    return in->codec_search;
}

Object *Codecs_Lookup(Object *encoding) {
    Object *fns = search_functions();
    if (!fns) return NULL;
    Object *key = normalize(encoding);
    if (!key) return NULL;
    Object *hit = Dict_GetStrObj(g_interp->codec_cache, key);
    if (hit) {
        DECREF(key);
        return NEWREF(hit);
    }
    for (ssize_t i = 0; i < LIST_LEN(fns); i++) {
        Object *f = NEWREF(LIST_ITEMS(fns)[i]);
        Object *r = Obj_CallOneArg(f, key);
        DECREF(f);
        if (!r) goto fail;
        if (r == OBJ_NONE) {
            DECREF(r);
            continue;
        }
        if (!Tuple_Check(r) || TUPLE_LEN(r) != 4) {
            DECREF(r);
            Err_SetString(Exc_TypeError, "codec search functions must return 4-tuples");
            goto fail;
        }
        if (Dict_SetItem(g_interp->codec_cache, key, r) < 0) {
            DECREF(r);
            goto fail;
        }
        DECREF(key);
        return r;
    }
    Err_Format(Exc_LookupError, "unknown encoding: %U", encoding);
fail:
    DECREF(key);
    return NULL;
}

static Object *cx_register(Object *m, Object *const *args, size_t nargs, Object *kw) {
    if (!Obj_IsCallable(args[0])) {
        Err_SetString(Exc_TypeError, "argument must be callable");
        return NULL;
    }
    Object *fns = g_interp->codec_search;
    if (!fns) { /* registered before the first lookup: encodings comes first still */
        if (!(fns = search_functions())) return NULL;
    }
    if (List_Append(fns, args[0]) < 0) return NULL;
    RETURN_NONE;
}

static Object *cx_unregister(Object *m, Object *const *args, size_t nargs, Object *kw) {
    Object *fns = g_interp->codec_search;
    if (!fns) RETURN_NONE;
    for (ssize_t i = 0; i < LIST_LEN(fns); i++) {
        if (LIST_ITEMS(fns)[i] != args[0]) continue;
        Object *f = LIST_ITEMS(fns)[i];
        memmove(LIST_ITEMS(fns) + i, LIST_ITEMS(fns) + i + 1, (size_t)(LIST_LEN(fns) - i - 1) * sizeof(Object *));
        ((List *)fns)->len--;
        DECREF(f);
        Dict_Clear(g_interp->codec_cache);
        break;
    }
    RETURN_NONE;
}

static Object *cx_lookup(Object *m, Object *const *args, size_t nargs, Object *kw) {
    if (!Str_Check(args[0])) {
        Err_Format(Exc_TypeError, "lookup() argument must be str, not %s", TYPE_NAME(args[0]));
        return NULL;
    }
    return Codecs_Lookup(args[0]);
}

/* The argument of encode()/decode() named name, a C string (default dflt). */
static const char *name_arg(Object *v, const char *fn, const char *name, const char *dflt) {
    if (!v) return dflt;
    if (!Str_Check(v)) {
        Err_Format(Exc_TypeError, "%s() argument '%s' must be str, not %s", fn, name, kind_of(v));
        return NULL;
    }
    return Str_AsCString(v);
}

/* Adds "encoding with 'NAME' codec failed" (or decoding) to the exception
 * being raised, as CPython notes where a codec's error came from. */
static void note_failure(int which, Object *encoding) {
    Object *exc = Err_Fetch();
    Object *note = exc ? Str_FromFormat("%s with %R codec failed", which ? "decoding" : "encoding", encoding) : NULL;
    Object *r = note ? Obj_CallMethodC(exc, "add_note", &note, 1) : NULL;
    XDECREF(note);
    if (r) {
        DECREF(r);
        Err_Restore(exc);
    } else {
        XDECREF(exc);
    }
}

void Codecs_NoteFailure(bool decoding, const char *encoding) {
    Object *exc = Err_Fetch();
    Object *name = Str_FromUTF8(encoding, -1);
    Err_Restore(exc);
    if (name) note_failure(decoding, name);
    XDECREF(name);
}

/* Calls item `which` (0 encoder, 1 decoder) of encoding's CodecInfo with
 * (obj, errors) and returns the first item of its answer. */
static Object *run_codec(Object *obj, Object *encoding, const char *errors, int which) {
    Object *info = Codecs_Lookup(encoding);
    if (!info) return NULL;
    Object *errs = Str_FromUTF8(errors ? errors : "strict", -1);
    Object *call_args[2] = {obj, errs};
    Object *r = errs ? Obj_Call(TUPLE_ITEMS(info)[which], call_args, 2, NULL) : NULL;
    XDECREF(errs);
    DECREF(info);
    if (!r && errs) note_failure(which, encoding);
    if (!r) return NULL;
    if (!Tuple_Check(r) || TUPLE_LEN(r) != 2) {
        DECREF(r);
        Err_Format(Exc_TypeError, "%s must return a tuple (object, integer)", which ? "decoder" : "encoder");
        return NULL;
    }
    Object *out = NEWREF(TUPLE_ITEMS(r)[0]);
    DECREF(r);
    return out;
}

static Object *encode_or_decode(Object *const *args, int which) {
    const char *fn = which ? "decode" : "encode";
    const char *enc = name_arg(args[1], fn, "encoding", "utf-8");
    const char *errors = enc ? name_arg(args[2], fn, "errors", "strict") : NULL;
    if (!errors) return NULL;
    Object *name = args[1] ? NEWREF(args[1]) : Str_FromUTF8("utf-8", -1);
    if (!name) return NULL;
    Object *r = run_codec(args[0], name, errors, which);
    DECREF(name);
    return r;
}

static Object *cx_encode(Object *m, Object *const *args, size_t nargs, Object *kw) {
    return encode_or_decode(args, 0);
}

static Object *cx_decode(Object *m, Object *const *args, size_t nargs, Object *kw) {
    return encode_or_decode(args, 1);
}

Object *Codecs_LookupText(const char *encoding, const char *verb) {
    Object *name = Str_FromUTF8(encoding, -1);
    if (!name) return NULL;
    Object *info = Codecs_Lookup(name);
    DECREF(name);
    if (!info) return NULL;
    Object *flag = Obj_GetAttrC(info, "_is_text_encoding");
    if (!flag) {
        Err_Clear();
        return info;
    }
    int t = Obj_IsTrue(flag);
    DECREF(flag);
    if (t == 0 && verb)
        Err_Format(Exc_LookupError, "'%s' is not a text encoding; use codecs.%s() to handle arbitrary codecs", encoding,
                   verb);
    else if (t == 0)
        Err_Format(Exc_LookupError, "'%s' is not a text encoding", encoding);
    if (t <= 0) {
        DECREF(info);
        return NULL;
    }
    return info;
}

static Object *call_text_codec(Object *info, int which, Object *obj, const char *errors, const char *encoding) {
    Object *errs = Str_FromUTF8(errors ? errors : "strict", -1);
    Object *call_args[2] = {obj, errs};
    Object *r = errs ? Obj_Call(TUPLE_ITEMS(info)[which], call_args, 2, NULL) : NULL;
    XDECREF(errs);
    if (!r && errs) {
        Object *name = Str_FromUTF8(encoding, -1);
        if (name) note_failure(which, name);
        XDECREF(name);
    }
    if (!r) return NULL;
    if (!Tuple_Check(r) || TUPLE_LEN(r) != 2) {
        DECREF(r);
        Err_Format(Exc_TypeError, "%s must return a tuple (object, integer)", which ? "decoder" : "encoder");
        return NULL;
    }
    Object *out = NEWREF(TUPLE_ITEMS(r)[0]);
    DECREF(r);
    return out;
}

Object *Codecs_EncodeText(Object *str, const char *encoding, const char *errors) {
    Object *info = Codecs_LookupText(encoding, "encode");
    if (!info) return NULL;
    Object *r = call_text_codec(info, 0, str, errors, encoding);
    DECREF(info);
    if (r && !Bytes_Check(r)) {
        if (!IS_SMALL(r) && Type_IsSubtype(TYPE(r), &ByteArray_Type)) {
            if (Warn_Format(Exc_RuntimeWarning, 1,
                            "encoder %s returned bytearray instead of bytes; use codecs.encode() to encode to "
                            "arbitrary types", encoding) < 0) {
                DECREF(r);
                return NULL;
            }
            Object *b = Bytes_From(((ByteArray *)r)->data, ((ByteArray *)r)->len);
            DECREF(r);
            return b;
        }
        Err_Format(Exc_TypeError,
                   "'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode to arbitrary types",
                   encoding, TYPE_NAME(r));
        CLEAR(r);
    }
    return r;
}

Object *Codecs_DecodeText(const char *s, ssize_t len, const char *encoding, const char *errors) {
    Object *info = Codecs_LookupText(encoding, "decode");
    if (!info) return NULL;
    /* the decoder sees a memoryview, as under CPython */
    Object *data = Bytes_From(s, len);
    Object *view = data ? MemoryView_FromObject(data) : NULL;
    Object *r = view ? call_text_codec(info, 1, view, errors, encoding) : NULL;
    XDECREF(view);
    XDECREF(data);
    DECREF(info);
    if (r && !Str_Check(r)) {
        Err_Format(Exc_TypeError,
                   "'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode to arbitrary types",
                   encoding, TYPE_NAME(r));
        CLEAR(r);
    }
    return r;
}

/* ---- error handlers ---------------------------------------------------------------- */

static Object *cx_register_error(Object *m, Object *const *args, size_t nargs, Object *kw) {
    if (!Str_Check(args[0])) {
        Err_Format(Exc_TypeError, "register_error() argument 1 must be str, not %s", TYPE_NAME(args[0]));
        return NULL;
    }
    if (CodecErr_Register(args[0], args[1]) < 0) return NULL;
    RETURN_NONE;
}

static Object *cx_lookup_error(Object *m, Object *const *args, size_t nargs, Object *kw) {
    if (!Str_Check(args[0])) {
        Err_Format(Exc_TypeError, "lookup_error() argument must be str, not %s", TYPE_NAME(args[0]));
        return NULL;
    }
    const char *name = Str_AsCString(args[0]);
    return name ? CodecErr_Lookup(name) : NULL;
}

static Object *cx_unregister_error(Object *m, Object *const *args, size_t nargs, Object *kw) {
    if (!Str_Check(args[0])) {
        Err_Format(Exc_TypeError, "_unregister_error() argument must be str, not %s", TYPE_NAME(args[0]));
        return NULL;
    }
    int r = CodecErr_Unregister(args[0]);
    if (r < 0) return NULL;
    RETURN_BOOL(r);
}

/* ---- UTF-8, ASCII and Latin-1 -------------------------------------------------------- */

/* The bytes at the end of (s, len) that begin a UTF-8 sequence still
 * missing its last bytes (0-3): kept back by a decoder that is not final. */
static ssize_t utf8_incomplete_tail(const uint8_t *s, ssize_t len) {
    for (ssize_t k = 1; k <= 3 && k <= len; k++) {
        uint8_t c = s[len - k];
        if (c < 0x80) return 0;
        if (c < 0xC0) continue; /* a continuation byte: look further back */
        int need = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : 0;
        if (need < k) return 0;
        if (k >= 2) { /* the second byte's range depends on the first (an encoded surrogate waits too) */
            uint8_t d = s[len - k + 1];
            uint8_t lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
            uint8_t hi = c == 0xF4 ? 0x8F : 0xBF;
            if (d < lo || d > hi) return 0;
        }
        return k;
    }
    return 0;
}

/* Decodes the data argument with encoding (a name str.c knows). */
static Object *simple_decode(const char *fn, const char *encoding, Object *const *args, size_t nargs, bool partial) {
    const char *errors;
    const uint8_t *p;
    ssize_t n;
    BufferView hold = {0};
    if (Buffer_PeekArgHeld(args[0], &p, &n, &hold) < 0) return NULL;
    bool final = !partial;
    Object *r = NULL;
    if (Codecs_ErrorsArg(fn, args, nargs, 1, &errors) == 0 && Codecs_FlagArg(args, nargs, 2, &final) == 0) {
        ssize_t use = final ? n : n - utf8_incomplete_tail(p, n);
        r = Codecs_Pair(Str_Decode((const char *)p, use, encoding, errors), use);
    }
    Buffer_Release(&hold);
    return r;
}

static Object *simple_encode(const char *fn, const char *encoding, Object *const *args, size_t nargs) {
    const char *errors;
    if (!Codecs_StrArg(fn, args, nargs, 0) || Codecs_ErrorsArg(fn, args, nargs, 1, &errors) < 0) return NULL;
    return Codecs_Pair(Str_Encode(args[0], encoding, errors), STR_LEN(args[0]));
}

static Object *cx_utf_8_decode(Object *m, Object *const *args, size_t nargs, Object *kw) {
    return simple_decode("utf_8_decode", "utf-8", args, nargs, true);
}
static Object *cx_utf_8_encode(Object *m, Object *const *args, size_t nargs, Object *kw) {
    return simple_encode("utf_8_encode", "utf-8", args, nargs);
}
static Object *cx_ascii_decode(Object *m, Object *const *args, size_t nargs, Object *kw) {
    return simple_decode("ascii_decode", "ascii", args, nargs, false);
}
static Object *cx_ascii_encode(Object *m, Object *const *args, size_t nargs, Object *kw) {
    return simple_encode("ascii_encode", "ascii", args, nargs);
}
static Object *cx_latin_1_decode(Object *m, Object *const *args, size_t nargs, Object *kw) {
    return simple_decode("latin_1_decode", "latin-1", args, nargs, false);
}
static Object *cx_latin_1_encode(Object *m, Object *const *args, size_t nargs, Object *kw) {
    return simple_encode("latin_1_encode", "latin-1", args, nargs);
}

/* readbuffer_encode: the bytes of any buffer, or a str's UTF-8. */
static Object *cx_readbuffer_encode(Object *m, Object *const *args, size_t nargs, Object *kw) {
    const char *errors;
    if (Codecs_ErrorsArg("readbuffer_encode", args, nargs, 1, &errors) < 0) return NULL;
    if (Str_Check(args[0])) {
        ssize_t n;
        const char *s = Str_AsUTF8(args[0], &n);
        return s ? Codecs_Pair(Bytes_From(s, n), n) : NULL;
    }
    const uint8_t *p;
    ssize_t n;
    BufferView hold = {0};
    if (Buffer_PeekArgHeld(args[0], &p, &n, &hold) < 0) return NULL;
    Object *r = Codecs_Pair(Bytes_From(p, n), n);
    Buffer_Release(&hold);
    return r;
}

#define DEC_SIG(name) ARGS("($module, data, errors=None, final=False, /)", NULL)
#define ENC_SIG ARGS("($module, str, errors=None, /)", NULL)
static const MethodDef codecs_functions[] = {
    {"register", cx_register, 0,
     ARGS("($module, search_function, /)",
          "Register a codec search function.\n\nSearch functions are expected to take one argument, the encoding\n"
          "name in all lower case letters, and either return None, or a tuple\nof functions (encoder, decoder, "
          "stream_reader, stream_writer) (or\na CodecInfo object).")},
    {"unregister", cx_unregister, 0,
     ARGS("($module, search_function, /)", "Unregister a codec search function and clear the registry's cache.\n\n"
                                           "If the search function is not registered, do nothing.")},
    {"lookup", cx_lookup, 0,
     ARGS("($module, encoding, /)",
          "Looks up a codec tuple in the Python codec registry and returns a CodecInfo object.")},
    {"encode", cx_encode, 0,
     ARGS("($module, /, obj, encoding='utf-8', errors='strict')",
          "Encodes obj using the codec registered for encoding.\n\nThe default encoding is 'utf-8'.  errors may be "
          "given to set a\ndifferent error handling scheme.  Default is 'strict' meaning that\nencoding errors raise "
          "a ValueError.  Other possible values are 'ignore',\n'replace' and 'backslashreplace' as well as any other "
          "name registered\nwith codecs.register_error that can handle ValueErrors.")},
    {"decode", cx_decode, 0,
     ARGS("($module, /, obj, encoding='utf-8', errors='strict')",
          "Decodes obj using the codec registered for encoding.\n\nDefault encoding is 'utf-8'.  errors may be given "
          "to set a\ndifferent error handling scheme.  Default is 'strict' meaning that\nencoding errors raise a "
          "ValueError.  Other possible values are 'ignore',\n'replace' and 'backslashreplace' as well as any other "
          "name registered\nwith codecs.register_error that can handle ValueErrors.")},
    {"register_error", cx_register_error, 0,
     ARGS("($module, errors, handler, /)",
          "Register the specified error handler under the name errors.\n\nhandler must be a callable object, that "
          "will be called with an exception\ninstance containing information about the location of the\n"
          "encoding/decoding error and must return a (replacement, new position)\ntuple.")},
    {"lookup_error", cx_lookup_error, 0,
     ARGS("($module, name, /)", "lookup_error(errors) -> handler\n\nReturn the error handler for the specified error "
                                "handling name or raise\na LookupError, if no handler exists under this name.")},
    {"_unregister_error", cx_unregister_error, 0,
     ARGS("($module, errors, /)",
          "Un-register the specified error handler for the error handling `errors'.\n\nOnly custom error handlers "
          "can be un-registered. An exception is raised\nif the error handling is a built-in one (e.g., 'strict'), "
          "or if an error\noccurs.\n\nOtherwise, this returns True if a custom handler has been successfully\n"
          "un-registered, and False if no custom handler for the specified error\nhandling exists.")},
    {"utf_8_decode", cx_utf_8_decode, 0, DEC_SIG()},
    {"utf_8_encode", cx_utf_8_encode, 0, ENC_SIG},
    {"ascii_decode", cx_ascii_decode, 0, ARGS("($module, data, errors=None, /)", NULL)},
    {"ascii_encode", cx_ascii_encode, 0, ENC_SIG},
    {"latin_1_decode", cx_latin_1_decode, 0, ARGS("($module, data, errors=None, /)", NULL)},
    {"latin_1_encode", cx_latin_1_encode, 0, ENC_SIG},
    {"readbuffer_encode", cx_readbuffer_encode, 0, ARGS("($module, data, errors=None, /)", NULL)},
    {NULL},
};

int Codecs_Init(Object *module) {
    if (Module_AddFunctions(module, codecs_functions) < 0) return -1;
    if (Module_AddFunctions(module, Codecs_CharmapFunctions) < 0) return -1;
    if (Module_AddFunctions(module, Codecs_EscapeFunctions) < 0) return -1;
    if (Module_AddFunctions(module, Codecs_Utf7Functions) < 0) return -1;
    return Module_AddFunctions(module, Codecs_UtfFunctions);
}
