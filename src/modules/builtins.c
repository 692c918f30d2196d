/* The builtins module: the small built-in functions, the module's init (types,
 * constants, exceptions), print/input and __import__.  The functions that
 * iterate (sum, min/max, sorted, all/any, iter/next) are in builtins_iter.c. */
#include "code.h"
#include "eval.h"
#include "frame.h"
#include "modules/builtins_impl.h"
#include "objects/bytes.h"
#include "objects/exc.h"
#include "objects/float.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/memoryview.h"
#include "objects/module.h"
#include "runtime/args.h"
#include "runtime/audit.h"
#include "runtime/fspath.h"
#include "runtime/import.h"
#include "runtime/interp.h"
#include <stdlib.h>
#include <string.h>


/* ---- one-argument functions ------------------------------------------------ */

static Object *builtin_len(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t n = Obj_Len(args[0]);
    if (n < 0) return NULL;
    return SMALL_FITS(n) ? SMALL_FROM(n) : Int_FromI64(n);
}

static Object *builtin_repr(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Obj_Repr(args[0]);
}

static Object *builtin_ascii(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Obj_ASCII(args[0]);
}

static Object *builtin_abs(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Obj_Absolute(args[0]);
}

static Object *int_text(Object *v, int base) {
    Object *i = Obj_Index(v);
    if (!i) return NULL;
    Object *r = Int_ToBase(i, base, true);
    DECREF(i);
    return r;
}

static Object *builtin_bin(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return int_text(args[0], 2);
}
static Object *builtin_oct(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return int_text(args[0], 8);
}
static Object *builtin_hex(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return int_text(args[0], 16);
}

static Object *builtin_callable(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    RETURN_BOOL(Obj_IsCallable(args[0]));
}

static Object *builtin_chr(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *i = Obj_Index(args[0]);
    if (!i) return NULL;
    int64_t v = 0;
    int ok = Int_AsI64(i, &v);
    DECREF(i);
    if (ok < 0) {
        if (!Err_Matches(Exc_OverflowError)) return NULL;
        Err_Clear();
        v = -1;
    }
    if (v < 0 || v > 0x10FFFF) {
        Err_SetString(Exc_ValueError, "chr() arg not in range(0x110000)");
        return NULL;
    }
    return Str_FromChar((uint32_t)v);
}

static Object *builtin_ord(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *c = args[0];
    ssize_t len;
    if (Str_Check(c)) {
        if ((len = STR_LEN(c)) == 1) return Int_FromI64(STR_CHAR(c, 0));
    } else if (Bytes_Check(c)) {
        if ((len = BYTES_LEN(c)) == 1) return Int_FromI64(BYTES_DATA(c)[0]);
    } else if (!IS_SMALL(c) && Type_IsSubtype(TYPE(c), &ByteArray_Type)) {
        ByteArray *b = (ByteArray *)c;
        if ((len = b->len) == 1) return Int_FromI64(b->data[0]);
    } else {
        Err_Format(Exc_TypeError, "ord() expected string of length 1, but %s found", TYPE_NAME(c));
        return NULL;
    }
    Err_Format(Exc_TypeError, "ord() expected a character, but string of length %zd found", len);
    return NULL;
}

static Object *builtin_hash(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    hash_t h = Obj_Hash(args[0]);
    return h == -1 ? NULL : Int_FromI64(h);
}

/* id(): the address, as CPython; a tagged int's id is its tagged word. */
static Object *builtin_id(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *id = Int_FromU64((uint64_t)(uintptr_t)args[0]);
    if (id && Audit_EventArgs("builtins.id", 1, &id) < 0) CLEAR(id);
    return id;
}

/* ---- attributes ------------------------------------------------------------ */

static Object *builtin_getattr(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (nargs == 2) return Obj_GetAttr(args[0], args[1]);
    Object *r;
    int found = Obj_LookupAttr(args[0], args[1], &r);
    if (found < 0) return NULL;
    return found ? r : NEWREF(args[2]);
}

static Object *builtin_hasattr(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *r;
    int found = Obj_LookupAttr(args[0], args[1], &r);
    if (found < 0) return NULL;
    if (found) DECREF(r);
    RETURN_BOOL(found);
}

static Object *builtin_setattr(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (Obj_SetAttr(args[0], args[1], args[2]) < 0) return NULL;
    RETURN_NONE;
}

static Object *builtin_delattr(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (Obj_SetAttr(args[0], args[1], NULL) < 0) return NULL;
    RETURN_NONE;
}

/* ---- namespaces --------------------------------------------------------------- */

static Object *builtin_globals(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *g = Eval_Globals();
    if (!g) {
        Err_SetString(Exc_SystemError, "globals(): no current frame");
        return NULL;
    }
    return NEWREF(g);
}

static Object *builtin_locals(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Eval_Locals();
}

/* o.__dict__ (1 and *out owned, 0 absent, -1 error); falls back to the
 * instance dict slot when no __dict__ attribute is exposed. */
static int instance_dict(Object *o, Object **out) {
    int found = Obj_LookupAttr(o, ID(__dict__), out);
    if (found != 0) return found;
    Object **dp = Obj_DictPtr(o);
    if (!dp) return 0;
    if (!*dp && !(*dp = Dict_New())) return -1;
    *out = NEWREF(*dp);
    return 1;
}

static Object *builtin_vars(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (nargs == 0) return Eval_Locals();
    Object *d;
    int found = instance_dict(args[0], &d);
    if (found < 0) return NULL;
    if (!found) {
        Err_SetString(Exc_TypeError, "vars() argument must have __dict__ attribute");
        return NULL;
    }
    return d;
}

/* Adds the keys of cls.__dict__ and, recursively, of its bases to d
 * (type.__dir__ / object.__dir__ in CPython). */
static int merge_class_dict(Object *d, Object *cls) {
    if (Recursion_Enter(" in __dir__")) return -1;
    int rc = -1;
    Object *cd = NULL, *bases = NULL;
    int found = Obj_LookupAttr(cls, ID(__dict__), &cd);
    if (found < 0) goto done;
    if (found && Dict_Update(d, cd) < 0) goto done;
    found = Obj_LookupAttr(cls, ID(__bases__), &bases);
    if (found < 0) goto done;
    if (found && Tuple_Check(bases)) {
        for (ssize_t i = 0; i < TUPLE_LEN(bases); i++)
            if (merge_class_dict(d, TUPLE_GET(bases, i)) < 0) goto done;
    }
    rc = 0;
done:
    XDECREF(cd);
    XDECREF(bases);
    Recursion_Leave();
    return rc;
}

/* object.__dir__: the instance's __dict__ keys and those of its __class__
 * (which a property may give) and its bases; type.__dir__ for a class when
 * as_class. */
static Object *default_dir(Object *o, bool as_class) {
    Object *d = NULL;
    if (as_class) {
        if (!(d = Dict_New())) return NULL;
        if (merge_class_dict(d, o) < 0) goto fail;
    } else {
        Object *od;
        int found = instance_dict(o, &od);
        if (found < 0) return NULL;
        if (found && Dict_Check(od)) {
            d = Dict_Copy(od);
            DECREF(od);
            if (!d) return NULL;
        } else {
            if (found) DECREF(od);
            if (!(d = Dict_New())) return NULL;
        }
        Object *cls;
        found = Obj_LookupAttr(o, ID(__class__), &cls);
        if (found < 0) goto fail;
        if (found) {
            int r = merge_class_dict(d, cls);
            DECREF(cls);
            if (r < 0) goto fail;
        }
    }
    Object *keys = Dict_Keys(d);
    DECREF(d);
    return keys;
fail:
    DECREF(d);
    return NULL;
}

Object *Builtins_DefaultDir(Object *o) { return default_dir(o, Type_Check(o)); }

Object *Builtins_ObjectDir(Object *o) { return default_dir(o, false); }

/* True when the __dir__ found is object's or type's built-in one, which
 * Builtins_DefaultDir reproduces. */
static bool is_default_dir(Object *f) {
    if (TYPE(f) != &MethodDescr_Type) return false;
    Type *owner = ((MethodDescr *)f)->owner;
    return owner == &Object_Type || owner == &Type_Type;
}

Object *Builtins_Dir(Object *o) {
    Object *res, *f = Type_Lookup(TYPE(o), ID(__dir__));
    if (!f || is_default_dir(f)) {
        res = Builtins_DefaultDir(o);
    } else {
        bool found;
        Object *r = Obj_CallSpecial(o, ID(__dir__), NULL, 0, &found);
        if (!r) return NULL;
        res = List_FromIterable(r);
        DECREF(r);
    }
    if (res && List_Sort(res, NULL, false) < 0) CLEAR(res);
    return res;
}

static Object *builtin_dir(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (nargs == 1) return Builtins_Dir(args[0]);
    Object *loc = Eval_Locals();
    if (!loc) return NULL;
    Object *res = Dict_Check(loc) ? Dict_Keys(loc) : List_FromIterable(loc);
    DECREF(loc);
    if (res && List_Sort(res, NULL, false) < 0) CLEAR(res);
    return res;
}

/* ---- type checks -------------------------------------------------------------- */

static Object *builtin_isinstance(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    int r = Obj_IsInstance(args[0], args[1]);
    if (r < 0) return NULL;
    RETURN_BOOL(r);
}

static Object *builtin_issubclass(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    int r = Obj_IsSubclass(args[0], args[1]);
    if (r < 0) return NULL;
    RETURN_BOOL(r);
}

/* ---- numbers ---------------------------------------------------------------- */

static bool is_real_number(Object *o) { return Int_Check(o) || Float_Check(o); }

/* a.__divmod__(b), then b.__rdivmod__(a) (the right operand first when its
 * type subclasses the left's); NotImplemented when neither applies. */
static Object *divmod_dunders(Object *a, Object *b) {
    Type *ta = TYPE(a), *tb = TYPE(b);
    bool found;
    bool right_first = ta != tb && Type_IsSubtype(tb, ta) && Type_Lookup(tb, ID(__rdivmod__)) &&
                       Type_Lookup(tb, ID(__rdivmod__)) != Type_Lookup(ta, ID(__rdivmod__));
    if (right_first) {
        Object *r = Obj_CallSpecial(b, ID(__rdivmod__), &a, 1, &found);
        if (!r && found) return NULL;
        if (r && r != OBJ_NOTIMPL) return r;
        XDECREF(r);
    }
    Object *r = Obj_CallSpecial(a, ID(__divmod__), &b, 1, &found);
    if (!r && found) return NULL;
    if (r && r != OBJ_NOTIMPL) return r;
    XDECREF(r);
    if (ta != tb && !right_first) {
        r = Obj_CallSpecial(b, ID(__rdivmod__), &a, 1, &found);
        if (!r && found) return NULL;
        if (r && r != OBJ_NOTIMPL) return r;
        XDECREF(r);
    }
    return NEWREF(OBJ_NOTIMPL);
}

Object *Builtins_Divmod(Object *a, Object *b) {
    Object *r = divmod_dunders(a, b);
    if (r != OBJ_NOTIMPL) return r;
    DECREF(r);
    if (is_real_number(a) && is_real_number(b)) {
        /* Built-in numbers without __divmod__: floor division and modulo agree with it. */
        Object *q = Obj_BinaryOp(a, b, NB_FLOOR_DIVIDE);
        if (!q) return NULL;
        Object *m = Obj_BinaryOp(a, b, NB_REMAINDER);
        if (!m) {
            DECREF(q);
            return NULL;
        }
        Object *t = Tuple_Pack(2, q, m);
        DECREF(q);
        DECREF(m);
        return t;
    }
    Err_Format(Exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", TYPE_NAME(a), TYPE_NAME(b));
    return NULL;
}

static Object *builtin_divmod(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Builtins_Divmod(args[0], args[1]);
}

/* The nb_power3 slot of the first of base, exp, mod that has one (in
 * CPython's order); NotImplemented when none takes them. */
static Object *slot_pow3(Object *base, Object *exp, Object *mod) {
    Object *ops[3] = {base, exp, mod};
    for (int i = 0; i < 3; i++) {
        TernaryFn fn = TYPE(ops[i])->nb_power3;
        if (!fn) continue;
        Object *r = fn(base, exp, mod);
        if (r != OBJ_NOTIMPL) return r;
        DECREF(r);
    }
    return NEWREF(OBJ_NOTIMPL);
}

/* self.<name>(other, mod) when self's class is a Python class that has the
 * method; a new reference, NULL on error, NotImplemented otherwise. */
static Object *heap_pow3(Object *self, Object *name, Object *other, Object *mod) {
    if (!(TYPE(self)->flags & TPFLAG_HEAPTYPE)) return NEWREF(OBJ_NOTIMPL);
    bool found;
    Object *a2[2] = {other, mod};
    Object *r = Obj_CallSpecial(self, name, a2, 2, &found);
    if (!r && !found) return NEWREF(OBJ_NOTIMPL);
    return r;
}

Object *Builtins_Pow(Object *base, Object *exp, Object *mod) {
    if (!mod || mod == OBJ_NONE) return Obj_BinaryOp(base, exp, NB_POWER);
    if (Int_Check(base) && Int_Check(exp) && Int_Check(mod)) return Int_Pow(base, exp, mod);
    /* A class's __pow__ gets the modulus; since 3.14 so does the exponent's
     * class's __rpow__ (of a class other than the base's). */
    Object *r = heap_pow3(base, ID(__pow__), exp, mod);
    if (r != OBJ_NOTIMPL) return r;
    DECREF(r);
    if (TYPE(exp) != TYPE(base)) {
        r = heap_pow3(exp, ID(__rpow__), base, mod);
        if (r != OBJ_NOTIMPL) return r;
        DECREF(r);
    }
    r = slot_pow3(base, exp, mod);
    if (r != OBJ_NOTIMPL) return r;
    DECREF(r);
    Err_Format(Exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", TYPE_NAME(base),
               TYPE_NAME(exp), TYPE_NAME(mod));
    return NULL;
}

static Object *builtin_pow(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return Builtins_Pow(args[0], args[1], args[2]);
}

static Object *builtin_round(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *number = args[0], *ndigits = args[1];
    bool found;
    Object *r;
    if (!ndigits || ndigits == OBJ_NONE)
        r = Obj_CallSpecial(number, ID(__round__), NULL, 0, &found);
    else
        r = Obj_CallSpecial(number, ID(__round__), &ndigits, 1, &found);
    if (!found)
        Err_Format(Exc_TypeError, "type %s doesn't define __round__ method", TYPE_NAME(number));
    return r;
}

static Object *builtin_format(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *spec = nargs > 1 ? args[1] : NULL;
    if (spec && !Str_Check(spec)) {
        /* as CPython's argument parser, None is named by value */
        Err_Format(Exc_TypeError, "format() argument 2 must be str, not %s",
                   spec == OBJ_NONE ? "None" : TYPE_NAME(spec));
        return NULL;
    }
    return Obj_Format(args[0], spec);
}

/* ---- print / input ------------------------------------------------------------- */

/* args: the values, then sep, end, file and flush (NULL when not given) */
static Object *builtin_print(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *const *kw = args + nargs;
    Object *sep = kw[0], *end = kw[1], *file = kw[2];
    if (!file || file == OBJ_NONE) {
        file = Sys_GetObjectKey(ID(stdout));
        if (!file) {
            Err_SetString(Exc_RuntimeError, "lost sys.stdout");
            return NULL;
        }
        if (file == OBJ_NONE) RETURN_NONE;
    }
    INCREF(file);
    if (sep == OBJ_NONE) sep = NULL;
    if (end == OBJ_NONE) end = NULL;
    if (sep && !Str_Check(sep)) {
        Err_Format(Exc_TypeError, "sep must be None or a string, not %s", TYPE_NAME(sep));
        goto fail;
    }
    if (end && !Str_Check(end)) {
        Err_Format(Exc_TypeError, "end must be None or a string, not %s", TYPE_NAME(end));
        goto fail;
    }
    for (size_t i = 0; i < nargs; i++) {
        if (i > 0) {
            int r = sep ? Sys_WriteObjToFile(file, sep) : Sys_WriteToFile(file, " ", 1);
            if (r < 0) goto fail;
        }
        Object *s = Obj_Str(args[i]);
        if (!s) goto fail;
        int r = Sys_WriteObjToFile(file, s);
        DECREF(s);
        if (r < 0) goto fail;
    }
    if ((end ? Sys_WriteObjToFile(file, end) : Sys_WriteToFile(file, "\n", 1)) < 0) goto fail;
    if (kw[3]) {
        int fl = Obj_IsTrue(kw[3]);
        if (fl < 0) goto fail;
        if (fl) {
            Object *r = Obj_CallMethodC(file, "flush", NULL, 0);
            if (!r) goto fail;
            DECREF(r);
        }
    }
    DECREF(file);
    RETURN_NONE;
fail:
    DECREF(file);
    return NULL;
}

/* ---- __import__ -------------------------------------------------------------- */

static Object *builtin_import(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *const *a = args;
    if (!Str_Check(a[0])) {
        Err_SetString(Exc_TypeError, "module name must be a string");
        return NULL;
    }
    int level = 0;
    if (a[4] && Arg_AsCInt(a[4], &level) < 0) return NULL;
    if (level < 0) {
        Err_SetString(Exc_ValueError, "level must be >= 0");
        return NULL;
    }
    if (level == 0 && STR_LEN(a[0]) == 0) {
        Err_SetString(Exc_ValueError, "Empty module name");
        return NULL;
    }
    return Import_Module(a[0], a[1], a[3], (int)level);
}

bool Builtins_IsImport(Object *f) {
    return TYPE(f) == &BuiltinFunction_Type && ((BuiltinFunction *)f)->def->fn == builtin_import;
}

/* ---- exec / eval of code objects ------------------------------------------------- */

/* The __future__ features a code object's flags carry, which code compiled
 * by compile() (without dont_inherit), exec() and eval() inherits. */
#define CO_FUTURE_MASK 0x01fe0000

static int inherited_flags(void) {
    Frame *f = g_interp->frame;
    return f ? f->code->flags & CO_FUTURE_MASK : 0;
}

/* Compiles source (str, bytes, a buffer or an AST) through the compiler of
 * our own library, _compiler.compile(source, filename, mode, flags,
 * optimize, feature_version): a new reference to a code object (or an AST
 * with PyCF_ONLY_AST), NULL with its error (SyntaxError, ...). */
static Object *compile_source(Object *source, Object *filename, const char *mode, int flags, int optimize,
                              int feature) {
    Object *compiler = Import_ImportC("_compiler");
    if (!compiler) return NULL;
    Object *argv[6] = {source, filename, Str_FromUTF8(mode, -1), Int_FromI64(flags), Int_FromI64(optimize),
                       Int_FromI64(feature)};
    Object *r = NULL;
    if (argv[2] && argv[3] && argv[4] && argv[5]) r = Obj_CallMethodC(compiler, "compile", argv, 6);
    for (int i = 2; i < 6; i++) XDECREF(argv[i]);
    DECREF(compiler);
    return r;
}

static bool is_source_text(Object *o) {
    return Str_Check(o) || Bytes_Check(o) || Type_IsSubtype(TYPE(o), &ByteArray_Type) || TYPE(o)->as_buffer;
}

/* 1 if o is an _ast.AST node, 0 if not, -1 on error. */
static int is_ast_node(Object *o) {
    Object *mod = Import_ImportC("_ast");
    if (!mod) return -1;
    Object *cls = Obj_GetAttrC(mod, "AST");
    DECREF(mod);
    if (!cls) return -1;
    int r = Obj_IsInstance(o, cls);
    DECREF(cls);
    return r;
}

/* The code exec() or eval() runs: source itself when it is a code object,
 * else source text compiled as a '<string>' (eval() first drops leading
 * spaces and tabs, as CPython's does).  A new reference, or NULL. */
static Code *code_source(const char *fn, Object *source) {
    if (TYPE(source) == &Code_Type) return (Code *)NEWREF(source);
    if (!is_source_text(source)) {
        Err_Format(Exc_TypeError, "%s() arg 1 must be a string, bytes or code object", fn);
        return NULL;
    }
    Object *text = NEWREF(source);
    bool eval = fn[1] == 'v';
    if (eval && (Str_Check(source) || Bytes_Check(source) || Type_IsSubtype(TYPE(source), &ByteArray_Type))) {
        Object *blanks = Str_Check(source) ? Str_FromUTF8(" \t", 2) : Bytes_From(" \t", 2);
        DECREF(text);
        text = blanks ? Obj_CallMethodC(source, "lstrip", &blanks, 1) : NULL;
        XDECREF(blanks);
        if (!text) return NULL;
    }
    Object *filename = Str_FromUTF8("<string>", 8);
    Object *code = filename ? compile_source(text, filename, eval ? "eval" : "exec", inherited_flags(), -1, -1) : NULL;
    XDECREF(filename);
    DECREF(text);
    if (code && TYPE(code) != &Code_Type) {
        Err_Format(Exc_SystemError, "the compiler gave %s, not a code object", TYPE_NAME(code));
        DECREF(code);
        return NULL;
    }
    return (Code *)code;
}

/* Runs code with globals (a dict, borrowed) and locals (a mapping or NULL:
 * globals), closure (a tuple of cells or NULL) for its free variables. */
static Object *run_code(Code *code, Object *globals, Object *locals, Object *closure) {
    if (!Dict_GetStr(globals, "__builtins__") && Dict_SetStr(globals, "__builtins__", g_interp->builtins) < 0)
        return NULL;
    if (!(code->flags & CO_OPTIMIZED)) return Eval_Code(code, globals, locals ? locals : globals);
    /* a function's code runs as the function would, with no arguments */
    Function *f = (Function *)Function_New(code, globals);
    if (!f) return NULL;
    f->closure = closure ? NEWREF(closure) : NULL;
    Object *r = Obj_Call((Object *)f, NULL, 0, NULL);
    DECREF((Object *)f);
    return r;
}

/* The namespaces to run in, new references: those given, or the caller's
 * where None was given.  -1 on error. */
static int namespaces(Object **globals, Object **locals) {
    if (*globals) {
        INCREF(*globals);
        *locals = NEWREF(*locals ? *locals : *globals);
        return 0;
    }
    Object *g = Eval_Globals();
    if (!g) {
        Err_SetString(Exc_SystemError, "globals and locals cannot be NULL");
        return -1;
    }
    *locals = *locals ? NEWREF(*locals) : Eval_Locals();
    if (!*locals) return -1;
    *globals = NEWREF(g);
    return 0;
}

static Object *exec_or_eval(const char *fn, Object *source, Object *globals, Object *locals, Object *closure) {
    if (globals == OBJ_NONE) globals = NULL;
    if (locals == OBJ_NONE) locals = NULL;
    if (closure == OBJ_NONE) closure = NULL;
    if (globals && !Dict_Check(globals)) {
        if (fn[1] == 'x') Err_Format(Exc_TypeError, "exec() globals must be a dict, not %s", TYPE_NAME(globals));
        else Err_SetString(Exc_TypeError, "globals must be a real dict; try eval(expr, {}, mapping)");
        return NULL;
    }
    if (locals && !TYPE(locals)->getitem) {
        if (fn[1] == 'x') Err_Format(Exc_TypeError, "locals must be a mapping or None, not %s", TYPE_NAME(locals));
        else Err_SetString(Exc_TypeError, "locals must be a mapping");
        return NULL;
    }
    Code *code = code_source(fn, source);
    if (!code) return NULL;
    Object *r = NULL;
    if (fn[1] == 'v' && code->nfreevars) {
        Err_SetString(Exc_TypeError, "code object passed to eval() may not contain free variables");
        goto done;
    }
    if (fn[1] == 'x') {
        ssize_t given = closure && Tuple_Check(closure) ? TUPLE_LEN(closure) : -1;
        if (code->nfreevars == 0 && closure) {
            Err_SetString(Exc_TypeError, "cannot use a closure with this code object");
            goto done;
        }
        bool cells = given == code->nfreevars;
        for (ssize_t i = 0; cells && i < given; i++) cells = TYPE(TUPLE_ITEMS(closure)[i]) == &Cell_Type;
        if (code->nfreevars && !cells) {
            Err_Format(Exc_TypeError, "code object requires a closure of exactly length %d", code->nfreevars);
            goto done;
        }
    }
    Object *audited = (Object *)code;
    if (Audit_EventArgs("exec", 1, &audited) < 0 || namespaces(&globals, &locals) < 0) goto done;
    r = run_code(code, globals, locals, closure);
    DECREF(globals);
    DECREF(locals);
done:
    DECREF((Object *)code);
    return r;
}

static Object *builtin_eval(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return exec_or_eval("eval", args[0], nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL, NULL);
}

static Object *builtin_exec(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *r = exec_or_eval("exec", args[0], nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL, args[3]);
    if (!r) return NULL;
    DECREF(r);
    RETURN_NONE;
}
/* A str argument without NUL characters, as CPython's "str" conversions
 * want it (its UTF-8 form, borrowed), or NULL with their errors. */
static const char *str_argument(Object *o, const char *fn, const char *name) {
    if (!Str_Check(o)) {
        Err_Format(Exc_TypeError, "%s() argument '%s' must be str, not %s", fn, name, ARG_TYPE_NAME(o));
        return NULL;
    }
    return Str_AsCString(o);
}

/* The flags compile() knows: the __future__ features' and the PyCF_ ones. */
#define COMPILE_KNOWN_FLAGS 0x01fef610
#define COMPILE_ONLY_AST 0x0400

/* compile() checks its arguments as CPython's does, then hands the source
 * to the compiler with the caller's __future__ features unless told not to. */
static Object *builtin_compile(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *filename = Path_FSPath(args[1]);
    if (!filename) return NULL;
    bool bad_name = Str_Check(filename) && !str_argument(filename, "compile", "filename");
    DECREF(filename);
    if (bad_name) return NULL;
    const char *mode = str_argument(args[2], "compile", "mode");
    int flags = 0, optimize = -1, feature = -1, dont_inherit = 0;
    if (!mode || (args[3] && Arg_AsCInt(args[3], &flags) < 0) ||
        (args[4] && (dont_inherit = Obj_IsTrue(args[4])) < 0) ||
        (args[5] && Arg_AsCInt(args[5], &optimize) < 0) || (args[6] && Arg_AsCInt(args[6], &feature) < 0))
        return NULL;
    if (flags & ~COMPILE_KNOWN_FLAGS) {
        Err_SetString(Exc_ValueError, "compile(): unrecognised flags");
        return NULL;
    }
    if (optimize < -1 || optimize > 2) {
        Err_SetString(Exc_ValueError, "compile(): invalid optimize value");
        return NULL;
    }
    if (!strcmp(mode, "func_type") && !(flags & COMPILE_ONLY_AST)) {
        Err_SetString(Exc_ValueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
        return NULL;
    }
    if (strcmp(mode, "exec") && strcmp(mode, "eval") && strcmp(mode, "single") && strcmp(mode, "func_type")) {
        Err_SetString(Exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
        return NULL;
    }
    if (!is_source_text(args[0])) {
        int is_ast = is_ast_node(args[0]);
        if (is_ast < 0) return NULL;
        if (!is_ast) {
            Err_SetString(Exc_TypeError, "compile() arg 1 must be a string, bytes or AST object");
            return NULL;
        }
    }
    if (!dont_inherit) flags |= inherited_flags();
    Object *path = Path_FSPath(args[1]);
    if (!path) return NULL;
    Object *r = compile_source(args[0], path, mode, flags, optimize, feature);
    DECREF(path);
    return r;
}

/* ---- breakpoint ---------------------------------------------------------------- */

static Object *builtin_breakpoint(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *hook = Sys_GetObject("breakpointhook");
    if (!hook) {
        Err_SetString(Exc_RuntimeError, "lost sys.breakpointhook");
        return NULL;
    }
    INCREF(hook);
    Object *r = Obj_Call(hook, args, nargs, kwnames);
    DECREF(hook);
    return r;
}

/* ---- exit / quit (site's Quitter objects) -------------------------------------- */

typedef struct Quitter {
    Object ob;
    const char *name;
} Quitter;

static Object *quitter_repr(Object *o) {
    return Str_FromFormat("Use %s() or Ctrl-D (i.e. EOF) to exit", ((Quitter *)o)->name);
}

/* site.py's Quitter.__call__ is a Python method: Python's messages */
static ArgSpec quitter_call_args = {.sig = "($self, code=None)", .flags = ARG_PYTHON_STYLE};

static Object *quitter_call(Object *o, Object *const *args, size_t nargs, Object *kwnames) {
    Object *code;
    if (Arg_Unpack(&quitter_call_args, "Quitter.__call__", args, nargs, kwnames, &code) < 0) return NULL;
    Object *c = code ? code : OBJ_NONE;
    Object *e = Exc_New(Exc_SystemExit, &c, 1);
    if (!e) return NULL;
    Err_SetRaised(e);
    return NULL;
}

static Type Quitter_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "Quitter",
    .basicsize = sizeof(Quitter),
    .repr = quitter_repr,
    .call = quitter_call,
};

static Quitter exit_obj = {OBJ_HEAD_INIT(&Quitter_Type), "exit"};
static Quitter quit_obj = {OBJ_HEAD_INIT(&Quitter_Type), "quit"};

/* ---- the module ------------------------------------------------------------------ */

static const MethodDef builtin_functions[] = {
    {"__import__", builtin_import, 0,
     ARGS("($module, /, name, globals=None, locals=None, fromlist=(),\n           level=0)", "Import a module.")},
    {"abs", builtin_abs, 0, ARGS("($module, x, /)", "Return the absolute value of the argument.")},
    {"aiter", Builtin_AIter, 0,
     ARGS("($module, async_iterable, /)", "Return an AsyncIterator for an AsyncIterable object.")},
    {"all", Builtin_All, 0,
     ARGS("($module, iterable, /)", "Return True if bool(x) is True for all values x in the iterable.")},
    {"anext", Builtin_ANext, 0,
     ARGS("($module, aiterator, default=<unrepresentable>, /)", "Return the next item from the async iterator.")},
    {"any", Builtin_Any, 0,
     ARGS("($module, iterable, /)", "Return True if bool(x) is True for any x in the iterable.")},
    {"ascii", builtin_ascii, 0, ARGS("($module, obj, /)", "Return an ASCII-only representation of an object.")},
    {"bin", builtin_bin, 0, ARGS("($module, number, /)", "Return the binary representation of an integer.")},
    {"breakpoint", builtin_breakpoint, 0,
     ARGS("($module, /, *args, **kws)", "Call sys.breakpointhook(*args, **kws).  sys.breakpointhook() must accept\n"
                                        "whatever arguments are passed.\n\n"
                                        "By default, this drops you into the pdb debugger.")},
    {"callable", builtin_callable, 0,
     ARGS("($module, obj, /)", "Return whether the object is callable (i.e., some kind of function).")},
    {"chr", builtin_chr, 0,
     ARGS("($module, i, /)", "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff.")},
    {"compile", builtin_compile, 0,
     ARGS("($module, /, source, filename, mode, flags=0,\n        dont_inherit=False, optimize=-1, *, _feature_version=-1)",
          "Compile source into a code object that can be executed by exec() or eval().")},
    {"delattr", builtin_delattr, 0,
     ARGS("($module, obj, name, /)", "Deletes the named attribute from the given object.")},
    {"dir", builtin_dir, 0,
     ARGS_F(ARG_NO_TEXT_SIG, "($module, object=<unrepresentable>, /)",
            "dir([object]) -> list of strings")},
    {"divmod", builtin_divmod, 0,
     ARGS("($module, x, y, /)", "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x.")},
    {"eval", builtin_eval, 0,
     ARGS("($module, source, /, globals=None, locals=None)",
          "Evaluate the given source in the context of globals and locals.")},
    {"exec", builtin_exec, 0,
     ARGS("($module, source, /, globals=None, locals=None, *, closure=None)",
          "Execute the given source in the context of globals and locals.")},
    {"format", builtin_format, 0,
     ARGS("($module, value, format_spec='', /)", "Return type(value).__format__(value, format_spec)")},
    {"getattr", builtin_getattr, 0,
     ARGS_F(ARG_NO_TEXT_SIG, "($module, object, name, default=<unrepresentable>, /)",
            "getattr(object, name[, default]) -> value")},
    {"globals", builtin_globals, 0,
     ARGS("($module, /)", "Return the dictionary containing the current scope's global variables.")},
    {"hasattr", builtin_hasattr, 0,
     ARGS("($module, obj, name, /)", "Return whether the object has an attribute with the given name.")},
    {"hash", builtin_hash, 0, ARGS("($module, obj, /)", "Return the integer hash value for the given object.")},
    {"hex", builtin_hex, 0, ARGS("($module, number, /)", "Return the hexadecimal representation of an integer.")},
    {"id", builtin_id, 0, ARGS("($module, obj, /)", "Return the identity of an object.")},
    {"input", Builtin_Input, 0,
     ARGS("($module, prompt='', /)", "Read a string from standard input.  The trailing newline is stripped.")},
    {"isinstance", builtin_isinstance, 0,
     ARGS("($module, obj, class_or_tuple, /)",
          "Return whether an object is an instance of a class or of a subclass thereof.")},
    {"issubclass", builtin_issubclass, 0,
     ARGS("($module, cls, class_or_tuple, /)",
          "Return whether 'cls' is derived from another class or is the same class.")},
    {"iter", Builtin_Iter, 0,
     ARGS_F(ARG_NO_TEXT_SIG, "($module, object, sentinel=<unrepresentable>, /)",
            "iter(iterable) -> iterator")},
    {"len", builtin_len, 0, ARGS("($module, obj, /)", "Return the number of items in a container.")},
    {"locals", builtin_locals, 0,
     ARGS("($module, /)", "Return a dictionary containing the current scope's local variables.")},
    {"max", Builtin_Max, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_KW_LIMIT, "($module, iterable, /, *args, key=None, default=<unrepresentable>)",
            "max(iterable, *[, default=obj, key=func]) -> value")},
    {"min", Builtin_Min, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_KW_LIMIT, "($module, iterable, /, *args, key=None, default=<unrepresentable>)",
            "min(iterable, *[, default=obj, key=func]) -> value")},
    {"next", Builtin_Next, 0,
     ARGS_F(ARG_NO_TEXT_SIG, "($module, iterator, default=<unrepresentable>, /)",
            "next(iterator[, default])")},
    {"oct", builtin_oct, 0, ARGS("($module, number, /)", "Return the octal representation of an integer.")},
    {"ord", builtin_ord, 0, ARGS("($module, character, /)", "Return the ordinal value of a character.")},
    {"pow", builtin_pow, 0,
     ARGS("($module, /, base, exp, mod=None)",
          "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments")},
    {"print", builtin_print, 0,
     ARGS("($module, /, *args, sep=' ', end='\\n', file=None, flush=False)",
          "Prints the values to a stream, or to sys.stdout by default.")},
    {"repr", builtin_repr, 0, ARGS("($module, obj, /)", "Return the canonical string representation of the object.")},
    {"round", builtin_round, 0,
     ARGS("($module, /, number, ndigits=None)", "Round a number to a given precision in decimal digits.")},
    {"setattr", builtin_setattr, 0,
     ARGS("($module, obj, name, value, /)", "Sets the named attribute on the given object to the specified value.")},
    {"sorted", Builtin_Sorted, 0,
     ARGS_F(ARG_KW_PASS, "($module, iterable, /, *, key=None, reverse=False)",
            "Return a new list containing all items from the iterable in ascending order.")},
    {"sum", Builtin_Sum, 0,
     ARGS("($module, iterable, /, start=0)",
          "Return the sum of a 'start' value (default: 0) plus an iterable of numbers")},
    {"vars", builtin_vars, 0,
     ARGS_F(ARG_NO_TEXT_SIG, "($module, object=<unrepresentable>, /)",
            "vars([object]) -> dictionary")},
    {NULL, NULL, 0, NULL},
};

static const char builtins_doc[] =
    "Built-in functions, types, exceptions, and other objects.\n\nThis module provides direct access to all "
    "'built-in'\nidentifiers of Python; for example, builtins.len is\nthe full name for the built-in function "
    "len().\n\nThis module is not normally accessed explicitly by most\napplications, but can be useful in modules "
    "that provide\nobjects with the same name as a built-in value, but in\nwhich the built-in of that name is also "
    "needed.";

static const struct {
    const char *name;
    Type *type;
} builtin_types[] = {
    {"object", &Object_Type}, {"type", &Type_Type}, {"int", &Int_Type}, {"bool", &Bool_Type},
    {"float", &Float_Type}, {"complex", &Complex_Type}, {"str", &Str_Type}, {"bytes", &Bytes_Type},
    {"bytearray", &ByteArray_Type}, {"memoryview", &MemoryView_Type}, {"list", &List_Type},
    {"tuple", &Tuple_Type}, {"dict", &Dict_Type},
    {"set", &Set_Type}, {"frozenset", &FrozenSet_Type}, {"range", &Range_Type}, {"slice", &Slice_Type},
    {"enumerate", &Enumerate_Type}, {"zip", &Zip_Type}, {"map", &Map_Type}, {"filter", &Filter_Type},
    {"reversed", &Reversed_Type}, {"property", &Property_Type}, {"staticmethod", &StaticMethod_Type},
    {"classmethod", &ClassMethod_Type}, {"super", &Super_Type},
};

Type *const Builtins_Types[] = {&Quitter_Type, NULL};

int Builtins_Init(Object *m) {
    Object *d = MODULE_DICT(m);
    if (Module_AddFunctions(m, builtin_functions) < 0) return -1;
    for (size_t i = 0; i < sizeof builtin_types / sizeof *builtin_types; i++)
        if (Dict_SetStr(d, builtin_types[i].name, (Object *)builtin_types[i].type) < 0) return -1;
    if (Dict_SetStr(d, "None", OBJ_NONE) < 0 || Dict_SetStr(d, "Ellipsis", OBJ_ELLIPSIS) < 0 ||
        Dict_SetStr(d, "NotImplemented", OBJ_NOTIMPL) < 0 || Dict_SetStr(d, "True", OBJ_TRUE) < 0 ||
        Dict_SetStr(d, "False", OBJ_FALSE) < 0 || Dict_SetStr(d, "__debug__", OBJ_TRUE) < 0 ||
        Dict_SetStr(d, "exit", (Object *)&exit_obj) < 0 || Dict_SetStr(d, "quit", (Object *)&quit_obj) < 0)
        return -1;
    if (Module_AddObjectSteal(m, "__doc__", Str_FromUTF8(builtins_doc, -1)) < 0) return -1;
    if (Module_AddObjectSteal(m, "__package__", Str_FromUTF8("", 0)) < 0) return -1;
    if (Module_AddObjectSteal(m, "open", Io_NewOpen()) < 0) return -1;
    return Exc_InitBuiltins(d);
}
