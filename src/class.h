/* Classes (see class.c) and the descriptor types classes use (descr.c). */
#ifndef CIPY_CLASS_H
#define CIPY_CLASS_H
#include "object.h"

/* type(name, bases, ns) for metaclass meta: a new class, before __init_subclass__. */
Object *Class_New(Type *meta, Object *name, Object *bases, Object *ns);
/* The most derived of meta and the metaclasses of bases (a tuple), or NULL
 * with CPython's "metaclass conflict" TypeError; borrowed. */
Type *Class_CalculateMeta(Type *meta, Object *bases);
/* Calls the parent's __init_subclass__(**kwargs) for the new class t. */
int Class_InitSubclass(Type *t, Object *const *kwvalues, Object *kwnames);
/* Adds __build_class__ to the builtins dict. */
int Class_InitBuiltins(Object *builtins);
/* Copies every NULL slot of t from b (type.c). */
void Type_InheritSlots(Type *t, Type *b);

/* Runs o's __del__ if o is an instance of a class defining one (or of a
 * built-in type with one: the _io classes) and it has not run yet (PEP
 * 442); o must be alive.  Exceptions are reported as
 * "Exception ignored ..." on stderr.  True if a finalizer ran. */
bool Class_Finalize(Object *o);

/* Instance layouts (class.c). */
/* The nearest static (C-defined) type in t's base chain. */
Type *Class_StaticBase(Type *t);
/* The most derived type in t's chain that adds fields to its base's layout
 * (__slots__ members count; a __dict__ pointer alone does not). */
Type *Class_SolidBase(Type *t);
/* The base whose instance layout a class with these bases extends (bases: a
 * tuple), or NULL with CPython's TypeError. */
Type *Class_BestBase(Object *bases);

/* MROs and changing bases (class_bases.c). */
/* t's C3 linearisation from its bases (type.mro()): a new tuple. */
Object *Class_C3(Type *t);
/* Computes t's MRO (through its metaclass's mro() if it has its own) and
 * installs it: 1, the previous one (owned, NULL for a new class) in *old;
 * 0 when that mro() assigned t.__bases__ itself (the MRO that made stays);
 * -1 on error. */
int Class_UpdateMro(Type *t, Object **old);
/* Whether instances of oldto can become instances of newto, for the
 * assignment of attr ("__class__", "__bases__"): -1 with CPython's
 * TypeError when their layouts differ. */
int Class_CheckLayout(Type *oldto, Type *newto, const char *attr);
/* obj.__class__ = value (value NULL: delete), with CPython's checks: both
 * classes are heap types with the same instance layout.  -1 on error. */
int Class_AssignClass(Object *obj, Object *value);
/* t.__bases__ = value (NULL: delete): checks, new MROs for t and every class
 * below it (all restored if one fails), slots refreshed.  -1 on error. */
int Class_SetBases(Type *t, Object *value);

extern Type MemberDescr_Type;
/* A member descriptor for the object pointer at offset in instances of
 * owner (__slots__ entries, struct sequence fields); doc is static text or
 * NULL; a readonly one refuses assignment ("readonly attribute"). */
Object *MemberDescr_New(Type *owner, Object *name, ssize_t offset, const char *doc, bool readonly);
/* When descr is a member descriptor that every instance of t has at the same
 * byte offset (t's layout has no variable-size part before it), that offset
 * (> 0); 0 otherwise, or when store and the member is read-only. */
ssize_t MemberDescr_FixedOffset(Object *descr, Type *t, bool store);
/* Records t as a subclass of each of its bases (type.__subclasses__). */
int Type_AddSubclasses(Type *t);
/* Forgets every record naming t as a subclass. */
void Type_RemoveSubclasses(Type *t);
/* A new list of the living classes that name t among their bases. */
Object *Type_GetSubclasses(Type *t);

/* mappingproxy (objects/mappingproxy.c): a read-only view of mapping. */
extern Type MappingProxy_Type;
Object *MappingProxy_New(Object *mapping);
/* The slot at layout offset off (>= the static base's basicsize) of an
 * instance of a class, wherever the base puts its variable-size data. */
Object **Class_ExtraSlot(Object *o, ssize_t off);

/* descr.c */
Object *StaticMethod_New(Object *f);
/* A property's getter (None if it has none): new reference. */
Object *Property_Fget(Object *prop);
Object *ClassMethod_New(Object *f);
#endif
