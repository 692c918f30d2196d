/* The object model shared by every part of cipy.
 *
 * Every heap object starts with { refcnt, type }.  Small integers are not heap
 * objects: they live inside the pointer word with the low bit set ("tagged"),
 * so TYPE() and the refcount macros must be used instead of touching ->type.
 *
 * Reference conventions (stated once here, repeated only where a function
 * differs): a function returning Object * returns a NEW (owned) reference, or
 * NULL with an exception set.  Arguments are BORROWED.  Functions named *Steal*
 * or documented "steals" take ownership of the argument they name.
 */
#ifndef CIPY_OBJECT_H
#define CIPY_OBJECT_H

#include "runtime/tls.h"
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

typedef struct Object Object;
typedef struct Type Type;
typedef int64_t hash_t;

struct Object {
    ssize_t refcnt; /* negative: immortal, never counted or freed */
    Type *type;
};

/* ---- tagged small integers ------------------------------------------- */
#define SMALL_MIN (-((int64_t)1 << 62))
#define SMALL_MAX (((int64_t)1 << 62) - 1)
#define IS_SMALL(o) (((uintptr_t)(o)) & 1)
#define SMALL_VAL(o) ((int64_t)(intptr_t)(o) >> 1)
#define SMALL_FROM(v) ((Object *)(uintptr_t)(((uint64_t)(int64_t)(v) << 1) | 1))
#define SMALL_FITS(v) ((v) >= SMALL_MIN && (v) <= SMALL_MAX)

extern Type Int_Type;
static inline Type *TYPE(const Object *o) {
    return IS_SMALL(o) ? &Int_Type : o->type;
}
#define TYPE_NAME(o) (TYPE(o)->name)

/* ---- reference counting ----------------------------------------------- */
#define IMMORTAL_REFCNT (-((ssize_t)1 << 40))
/* Calls type->dealloc, or defers it when a cascade of deallocations has
 * gone deep (runtime/dealloc.c). */
void Obj_Dealloc(Object *o);

static inline __attribute__((always_inline)) void INCREF(Object *o) {
    if (!IS_SMALL(o) && o->refcnt >= 0) o->refcnt++;
}
static inline __attribute__((always_inline)) void DECREF(Object *o) {
    if (!IS_SMALL(o) && o->refcnt >= 0 && --o->refcnt == 0) Obj_Dealloc(o);
}
static inline void XINCREF(Object *o) { if (o) INCREF(o); }
static inline void XDECREF(Object *o) { if (o) DECREF(o); }
/* Returns o after INCREF: for `return NEWREF(x);`. */
static inline __attribute__((always_inline)) Object *NEWREF(Object *o) { INCREF(o); return o; }
static inline Object *XNEWREF(Object *o) { XINCREF(o); return o; }
#define CLEAR(p) do { Object *_tmp = (Object *)(p); if (_tmp) { (p) = NULL; DECREF(_tmp); } } while (0)
/* Replace *slot (owned) with v (owned, stolen). */
#define SETREF(slot, v) do { Object *_old = (Object *)(slot); (slot) = (v); XDECREF(_old); } while (0)

/* ---- function pointer shapes for type slots --------------------------- */
typedef void (*DestructorFn)(Object *);
typedef Object *(*UnaryFn)(Object *);
typedef Object *(*BinaryFn)(Object *, Object *);
typedef Object *(*TernaryFn)(Object *, Object *, Object *);
typedef int (*InquiryFn)(Object *);               /* -1 on error */
typedef ssize_t (*LenFn)(Object *);               /* -1 on error */
typedef hash_t (*HashFn)(Object *);               /* -1 on error */
typedef Object *(*CompareFn)(Object *, Object *, int op); /* may return NotImplemented */
typedef Object *(*GetAttrFn)(Object *, Object *name);
typedef int (*SetAttrFn)(Object *, Object *name, Object *value); /* value NULL: delete */
typedef int (*SetItemFn)(Object *, Object *key, Object *value);  /* value NULL: delete */
typedef int (*ContainsFn)(Object *container, Object *item);       /* 1, 0, -1 */
typedef Object *(*DescrGetFn)(Object *descr, Object *obj, Type *owner); /* obj may be NULL */
typedef int (*DescrSetFn)(Object *descr, Object *obj, Object *value);  /* value NULL: delete */
typedef int (*VisitFn)(Object *, void *);
typedef int (*TraverseFn)(Object *, VisitFn, void *);
/* The one calling convention: positional args first, then keyword values;
 * kwnames is NULL or a tuple of str naming the last len(kwnames) entries of
 * args.  nargs counts only the positional ones. */
typedef Object *(*CallFn)(Object *callable, Object *const *args, size_t nargs, Object *kwnames);
typedef Object *(*NewFn)(Type *, Object *const *args, size_t nargs, Object *kwnames);
typedef int (*InitFn)(Object *, Object *const *args, size_t nargs, Object *kwnames);
/* Built-in function/method body.  self is the bound object (the module for
 * module functions, the type for class methods). */
typedef Object *(*CFunc)(Object *self, Object *const *args, size_t nargs, Object *kwnames);

#define KW_COUNT(kwnames) ((kwnames) ? TUPLE_LEN(kwnames) : 0)

enum { METH_DEFAULT = 0, METH_CLASS = 1, METH_STATIC = 2 };
/* The parameters, text signature and docstring of a built-in function
 * (runtime/args.h: ARGS("($self, object, /)", "Append object to ...")). */
typedef struct ArgSpec ArgSpec;
typedef struct BufferProcs BufferProcs; /* runtime/buffer.h */
typedef struct MethodDef {
    const char *name;
    CFunc fn;       /* called with arguments checked against args */
    unsigned flags; /* METH_CLASS, METH_STATIC */
    ArgSpec *args;
} MethodDef;

typedef struct GetSetDef {
    const char *name;
    Object *(*get)(Object *self);
    int (*set)(Object *self, Object *value); /* NULL: read-only; value NULL: delete */
    const char *doc;
} GetSetDef;

/* Binary operator numbering: the BINARY_OP oparg (NB_* in CPython). */
enum {
    NB_ADD, NB_AND, NB_FLOOR_DIVIDE, NB_LSHIFT, NB_MATRIX_MULTIPLY, NB_MULTIPLY,
    NB_REMAINDER, NB_OR, NB_POWER, NB_RSHIFT, NB_SUBTRACT, NB_TRUE_DIVIDE, NB_XOR,
    NB_COUNT, /* 13 plain operators */
    NB_INPLACE_ADD = NB_COUNT, /* ... the in-place forms are NB_INPLACE_ADD + op */
    NB_SUBSCR = 26,
};
/* Rich comparison numbering: COMPARE_OP oparg >> 5, as CPython. */
enum { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE };
/* Whether `a op b` holds; with a three-way result c, Cmp_Holds(c, 0, op). */
static inline bool Cmp_Holds(int64_t a, int64_t b, int op) {
    switch (op) {
    case CMP_LT: return a < b;
    case CMP_LE: return a <= b;
    case CMP_EQ: return a == b;
    case CMP_NE: return a != b;
    case CMP_GT: return a > b;
    default: return a >= b;
    }
}

/* Type flags. */
enum {
    TPFLAG_HEAPTYPE = 1u << 0,   /* created by a class statement */
    TPFLAG_BASETYPE = 1u << 1,   /* may be subclassed */
    TPFLAG_GC = 1u << 2,         /* instances carry a GcHead and are tracked */
    TPFLAG_READY = 1u << 3,
    TPFLAG_IMMUTABLE = 1u << 4,  /* attributes cannot be set on the type */
    TPFLAG_ABSTRACT = 1u << 5,
    TPFLAG_LEAF = 1u << 6,       /* instances hold no references and no weak ones (not inherited) */
    /* fast subclass checks, set by Type_Ready from the base chain */
    TPFLAG_INT_SUBCLASS = 1u << 10,
    TPFLAG_LIST_SUBCLASS = 1u << 11,
    TPFLAG_TUPLE_SUBCLASS = 1u << 12,
    TPFLAG_BYTES_SUBCLASS = 1u << 13,
    TPFLAG_STR_SUBCLASS = 1u << 14,
    TPFLAG_DICT_SUBCLASS = 1u << 15,
    TPFLAG_EXC_SUBCLASS = 1u << 16,
    TPFLAG_TYPE_SUBCLASS = 1u << 17,
    TPFLAG_VAR_EXTRAS = 1u << 18,  /* a class whose extra fields follow variable-size data */
    TPFLAG_WEAKREF = 1u << 19,     /* instances carry a __weakref__ field (inherited) */
    TPFLAG_MAPPING = 1u << 20,     /* getitem is a mapping's: no iteration by index */
    /* matched by sequence / mapping patterns besides list, tuple, range and
     * dict (CPython's Py_TPFLAGS_SEQUENCE and _MAPPING): inherited from the
     * base, set by a class body's __abc_tpflags__ (collections.abc's) */
    TPFLAG_MATCH_SEQUENCE = 1u << 21,
    TPFLAG_MATCH_MAPPING = 1u << 22,
};

struct Type {
    Object ob;
    const char *name;        /* short name as error messages print it: "int" */
    ssize_t basicsize;       /* instance size for generic allocation */
    unsigned flags;
    Type *base;              /* single inheritance chain for layout */
    Object *bases, *mro, *dict; /* tuple, tuple, dict: filled by Type_Ready */
    Object *name_obj;        /* str: __name__ */
    Object *qualname;        /* str: __qualname__ */
    Object *module;          /* str: __module__ ("builtins" for built-in types) */
    const char *doc;

    DestructorFn dealloc;
    UnaryFn repr, str;
    HashFn hash;             /* NULL in a class that sets __eq__ only: unhashable */
    CompareFn richcompare;
    GetAttrFn getattr;
    SetAttrFn setattr;
    CallFn call;
    UnaryFn iter;
    UnaryFn iternext;        /* NULL result with no exception set: exhausted */
    DescrGetFn descr_get;
    DescrSetFn descr_set;

    BinaryFn nb[NB_COUNT];   /* indexed by NB_*; may return NotImplemented */
    BinaryFn nb_inplace[NB_COUNT];
    UnaryFn nb_negative, nb_positive, nb_invert, nb_absolute;
    UnaryFn nb_int, nb_float, nb_index;
    /* pow(base, exp, mod) for a type beyond int that takes a modulus (a
     * class's __pow__ with three arguments goes through the slot wrapper);
     * may return NotImplemented */
    TernaryFn nb_power3;
    InquiryFn nb_bool;

    /* Sequence concatenation and repetition (list, tuple, str, bytes): tried
     * only after both operands' number slots, as CPython does.  The
     * operands come in their original order. */
    BinaryFn sq_concat, sq_inplace_concat, sq_repeat, sq_inplace_repeat;

    LenFn len;
    BinaryFn getitem;
    SetItemFn setitem;
    ContainsFn contains;

    TraverseFn traverse;
    InquiryFn clear;

    NewFn new_;
    InitFn init;

    const MethodDef *methods;
    const GetSetDef *getset;
    ArgSpec *args;           /* the constructor's parameters (__text_signature__), or NULL */

    const BufferProcs *as_buffer; /* the memory it lends (runtime/buffer.h), or NULL */

    ssize_t dictoffset;      /* >0: offset of the instance __dict__ slot */
    /* The most attributes seen in an instance __dict__ that the eval loop
     * stored into (capped): new instance dicts start with room for them. */
    uint32_t instance_dict_hint;
    /* Variable-size types (str, bytes, tuple): where a subclass's extra
     * fields (__dict__, __slots__) start in this object, after its items. */
    size_t (*var_extra)(Object *o);
    unsigned version;        /* bumped when the type or a base changes */
    /* __init__, __del__ and __await__ along the MRO (borrowed, NULL: none),
     * as found at Type_CacheEpoch == specials_epoch: see Type_Specials */
    uint64_t specials_epoch;
    Object *special_init, *special_del, *special_await;
    /* Classes with __slots__: the sorted, mangled names of the members the
     * class adds (a tuple; NULL when the class body has no __slots__). */
    Object *member_names;
};

/* ---- immortal singletons ---------------------------------------------- */
extern Object None_Obj, NotImpl_Obj, Ellipsis_Obj;
extern Object *const True_Obj_p, *const False_Obj_p;
#define OBJ_NONE (&None_Obj)
/* Frames' value stacks never hold C NULL: where the bytecode pushes "NULL"
 * (the empty self slot of a call, an unset local saved by a comprehension)
 * the eval loop pushes this immortal placeholder, so an instruction a hostile
 * .pyc aims at such a slot still sees an object.  Never visible to Python
 * code that CPython compiled. */
extern Object NullSlot_Obj;
extern Type NullSlot_Type;
#define OBJ_NULLSLOT (&NullSlot_Obj)
#define OBJ_NOTIMPL (&NotImpl_Obj)
#define OBJ_ELLIPSIS (&Ellipsis_Obj)
#define OBJ_TRUE (True_Obj_p)
#define OBJ_FALSE (False_Obj_p)
static inline Object *Bool_From(bool b) { return b ? OBJ_TRUE : OBJ_FALSE; } /* immortal: no incref needed */
#define RETURN_NONE return OBJ_NONE
#define RETURN_BOOL(b) return Bool_From(b)

/* Header of a statically allocated (immortal) object or built-in type:
 *   Type Int_Type = { .ob = OBJ_HEAD_INIT(&Type_Type), .name = "int", ... }; */
#define OBJ_HEAD_INIT(type) { IMMORTAL_REFCNT, (type) }

/* Completes a type: bases/mro/dict (methods and getsets become descriptors),
 * inherits NULL slots from the base, sets the fast subclass flags.  Every
 * built-in type is readied once at start-up, from the registry
 * (src/modules/registry.c). */
int Type_Ready(Type *t);

/* Moves to a new value whenever any class of the current interpreter
 * changes (Type_InvalidateCache): whatever a cache learnt about types at one
 * epoch, and the borrowed pointers into type dicts it kept, hold while the
 * epoch stays the same.  Epochs are never reused, by any interpreter, so an
 * entry one interpreter filled never matches in another.  Thread-local: the
 * epoch of the running thread's current interpreter (Interp_Swap). */
extern THREAD_LOCAL uint64_t Type_CacheEpoch;
/* t with its special_* fields current (looked up again after any class
 * change): for the paths that make, free and await instances.  Built-in
 * types, shared by every interpreter, have theirs set once at start-up. */
void Type_LookupSpecials(Type *t);
static inline Type *Type_Specials(Type *t) {
    if (t->specials_epoch != Type_CacheEpoch && (t->flags & TPFLAG_HEAPTYPE)) Type_LookupSpecials(t);
    return t;
}
/* Frees the running thread's Type_Lookup cache (at thread exit). */
void Type_CacheThreadExit(void);

/* ---- allocation (object.c / gc.c) -------------------------------------- */
/* Allocates `size` bytes (zeroed) for an instance of t, refcnt 1, type t
 * (increfs heap types).  GC types get a hidden GcHead and are tracked. */
Object *Obj_Alloc(Type *t, size_t size);
/* The same, but only refcnt and type are set (GC types: fully zeroed): the
 * caller initialises every other field itself (str's header and data). */
Object *Obj_AllocUninit(Type *t, size_t size);
/* Makes a block from Mem_AllocUninit an object of the non-GC type t, as
 * Obj_AllocUninit would have (refcnt 1, type t): for memory that was
 * filled before it became an object (a StrBuilder's buffer). */
Object *Obj_InitUninit(void *mem, Type *t);
/* Frees the memory of an object allocated by Obj_Alloc (after its fields were
 * released); untracks GC objects and decrefs a heap type. */
void Obj_Free(Object *o);
void Obj_SetImmortal(Object *o);
/* Makes o immortal and fills in what its type computes lazily (a string's
 * hash and UTF-8), so that threads sharing o only ever read it. */
void Obj_Share(Object *o);

/* ---- type checks -------------------------------------------------------- */
bool Type_IsSubtype(Type *a, Type *b);
/* A type's __module__ (borrowed; NULL when a class has none): a class
 * statement's lives in the class dict, where assignment replaces it with
 * any object; a built-in type's never changes. */
Object *Type_Module(Type *t);
/* "module.qualname" as messages name a type (%T): a class of builtins or
 * __main__ by its qualname alone, a built-in type by its name.  New reference. */
Object *Type_FullName(Type *t);
#define TYPE_FLAG(o, f) ((TYPE(o)->flags & (f)) != 0)
#define Int_Check(o) (IS_SMALL(o) || TYPE_FLAG(o, TPFLAG_INT_SUBCLASS))
#define Int_CheckExact(o) (IS_SMALL(o) || (o)->type == &Int_Type)
#define Bool_Check(o) ((o) == OBJ_TRUE || (o) == OBJ_FALSE)
#define Str_Check(o) (!IS_SMALL(o) && TYPE_FLAG(o, TPFLAG_STR_SUBCLASS))
#define Str_CheckExact(o) (!IS_SMALL(o) && (o)->type == &Str_Type)
#define Bytes_Check(o) (!IS_SMALL(o) && TYPE_FLAG(o, TPFLAG_BYTES_SUBCLASS))
#define Tuple_Check(o) (!IS_SMALL(o) && TYPE_FLAG(o, TPFLAG_TUPLE_SUBCLASS))
#define Tuple_CheckExact(o) (!IS_SMALL(o) && (o)->type == &Tuple_Type)
#define List_Check(o) (!IS_SMALL(o) && TYPE_FLAG(o, TPFLAG_LIST_SUBCLASS))
#define List_CheckExact(o) (!IS_SMALL(o) && (o)->type == &List_Type)
#define Dict_Check(o) (!IS_SMALL(o) && TYPE_FLAG(o, TPFLAG_DICT_SUBCLASS))
#define Dict_CheckExact(o) (!IS_SMALL(o) && (o)->type == &Dict_Type)
#define Type_Check(o) (!IS_SMALL(o) && TYPE_FLAG(o, TPFLAG_TYPE_SUBCLASS))
#define Exc_Check(o) (!IS_SMALL(o) && TYPE_FLAG(o, TPFLAG_EXC_SUBCLASS))
#define ExcType_Check(t) (Type_Check(t) && (((Type *)(t))->flags & TPFLAG_EXC_SUBCLASS))
#define Float_CheckExact(o) (!IS_SMALL(o) && (o)->type == &Float_Type)
#define Float_Check(o) (!IS_SMALL(o) && Type_IsSubtype((o)->type, &Float_Type))

extern Type Type_Type, Object_Type, Bool_Type, Float_Type, Complex_Type, Str_Type,
    Bytes_Type, ByteArray_Type, Tuple_Type, List_Type, Dict_Type, Set_Type, FrozenSet_Type,
    Range_Type, Slice_Type, NoneType_Type, NotImplType_Type, EllipsisType_Type,
    Function_Type, BuiltinFunction_Type, Method_Type, Code_Type, Cell_Type, Module_Type,
    Traceback_Type, Property_Type, StaticMethod_Type, ClassMethod_Type, Super_Type,
    Enumerate_Type, Zip_Type, Map_Type, Filter_Type, Reversed_Type;

#include "objects/tuple.h" /* TUPLE_LEN etc. are used by macros above */

#endif
