/* Generic object protocols: what the interpreter asks of any object.
 * Implemented in object.c (attributes, comparison, truth, repr/str/hash),
 * number.c (operators), call.c (calling) and iter.c (iteration). */
#ifndef CIPY_ABSTRACT_H
#define CIPY_ABSTRACT_H
#include "object.h"

Object *Obj_Repr(Object *o);
Object *Obj_Str(Object *o);
Object *Obj_ASCII(Object *o);
hash_t Obj_Hash(Object *o);            /* -1 on error ("unhashable type: 'list'") */
hash_t Obj_HashNotImplemented(Object *o);
int Obj_IsTrue(Object *o);             /* 1, 0, -1 */
Object *Obj_RichCompare(Object *a, Object *b, int op);
/* Comparison as a C truth value; identity implies equality for EQ/NE, as
 * CPython's containers do.  1, 0, -1. */
int Obj_RichCompareBool(Object *a, Object *b, int op);
const char *Cmp_Symbol(int op);        /* "<", "<=", "==", ... */

Object *Obj_GetAttr(Object *o, Object *name);
Object *Obj_GetAttrC(Object *o, const char *name);
/* 1 found (*out owned), 0 missing (AttributeError swallowed), -1 other error. */
int Obj_LookupAttr(Object *o, Object *name, Object **out);
int Obj_SetAttr(Object *o, Object *name, Object *v);  /* v NULL: delete */
int Obj_SetAttrC(Object *o, const char *name, Object *v);
bool Obj_HasAttrC(Object *o, const char *name);
/* The default attribute machinery (type MRO, descriptors, instance __dict__). */
Object *Obj_GenericGetAttr(Object *o, Object *name);
int Obj_GenericSetAttr(Object *o, Object *name, Object *v);
/* object.__new__: a new instance of t with no fields set (refusing arguments
 * unless t has its own __new__ or __init__). */
Object *Obj_GenericNew(Type *t, Object *const *args, size_t nargs, Object *kwnames);
/* Looks name up along type's MRO; borrowed, NULL when absent (no error). */
Object *Type_Lookup(Type *t, Object *name);
/* Forgets every cached Type_Lookup result: call after changing a class. */
void Type_InvalidateCache(void);
/* Address of the instance __dict__ slot, or NULL if the type has none. */
Object **Obj_DictPtr(Object *o);
/* The __dict__ attribute of a type with an instance dict (dictoffset): the
 * dict, made on first use; set to any dict; deleting it raises TypeError
 * "cannot delete __dict__" (instances of classes allow it: class.c). */
Object *Obj_GenericGetDict(Object *o);
int Obj_GenericSetDict(Object *o, Object *v);
#define GETSET_DICT {"__dict__", Obj_GenericGetDict, Obj_GenericSetDict, NULL}
/* A GetSetDef setter refusing every change as CPython's read-only members
 * do: AttributeError "readonly attribute". */
int GetSet_Readonly(Object *o, Object *v);

Object *Obj_GetItem(Object *o, Object *key);
int Obj_SetItem(Object *o, Object *key, Object *v);
int Obj_DelItem(Object *o, Object *key);
ssize_t Obj_Len(Object *o);            /* -1 on error */
int Obj_Contains(Object *container, Object *item);  /* the `in` operator: 1, 0, -1 */

/* Operators (number.c).  op is NB_*, including in-place forms (NB_INPLACE_ADD + k). */
Object *Obj_BinaryOp(Object *a, Object *b, int op);
/* The TypeError a op b raises when no operand supports it (for the
 * methods of built-in types, which raise where the operator would). */
void Obj_BinaryOpError(Object *a, Object *b, int op);
const char *BinaryOp_Symbol(int op);   /* "+", "+=", "[]", ... */
Object *Obj_Negative(Object *o);
Object *Obj_Positive(Object *o);
Object *Obj_Invert(Object *o);
Object *Obj_Absolute(Object *o);
Object *Obj_Index(Object *o);          /* operator.index(o): an int, or TypeError */
/* A file descriptor: an int, or what o.fileno() returns (ValueError when
 * negative); -1 with an exception. */
int Obj_AsFileDescriptor(Object *o);
Object *Obj_Format(Object *o, Object *spec);  /* format(o, spec); spec may be NULL */

/* Calls (call.c). */
Object *Obj_Call(Object *callable, Object *const *args, size_t nargs, Object *kwnames);
Object *Obj_CallNoArgs(Object *callable);
Object *Obj_CallOneArg(Object *callable, Object *arg);
/* callable(*args_tuple, **kwargs_dict); kwargs may be NULL. */
Object *Obj_CallTupleDict(Object *callable, Object *args, Object *kwargs);
/* o.name(*args) */
Object *Obj_CallMethod(Object *o, Object *name, Object *const *args, size_t nargs);
Object *Obj_CallMethodC(Object *o, const char *name, Object *const *args, size_t nargs);
/* Calls the special method name (interned) of o, looked up on type(o) and
 * not on o, as the language does; *found is false, and NULL returned with
 * no error set, when the type has no such attribute (slots.c). */
Object *Obj_CallSpecial(Object *o, Object *name, Object *const *args, size_t nargs, bool *found);
bool Obj_IsCallable(Object *o);

/* Iteration (iter.c). */
Object *Obj_GetIter(Object *o);        /* iter(o); TypeError "'int' object is not iterable" */
/* Next item (owned), or NULL: exhausted if no exception is set. */
Object *Iter_Next(Object *it);
/* An estimate of len(list(o)) (operator.length_hint): len(o), else
 * o.__length_hint__(), else dflt.  -1 with an error set. */
ssize_t Obj_LengthHint(Object *o, ssize_t dflt);

int Obj_IsInstance(Object *o, Object *cls);   /* isinstance: 1, 0, -1 (cls may be a tuple) */
int Obj_IsSubclass(Object *derived, Object *cls);
#endif
