/* Type slots <-> dunder methods (see slots.c). */
#ifndef CIPY_SLOTS_H
#define CIPY_SLOTS_H
#include "object.h"

typedef struct SlotDef {
    const char *name;     /* "__add__" */
    size_t offset;        /* where the slot lives in Type */
    void *heap_fn;        /* slot function that calls the dunder (classes) */
    void *wrapper;        /* calls the C slot as a method (built-in types) */
    int op;               /* comparison or operator number, where relevant */
    Object *str;          /* name, interned (filled once, at start-up) */
    const struct SlotDef *next_same; /* the next entry feeding the same slot from a class, or NULL */
    const struct SlotDef *head; /* the first entry feeding the same slot from a class, or NULL */
} SlotDef;

typedef struct SlotWrapper {
    Object ob;
    const SlotDef *def;
    Type *owner;
} SlotWrapper;

typedef struct MethodWrapper {
    Object ob;
    SlotWrapper *wrapper;
    Object *self;
} MethodWrapper;

extern Type SlotWrapper_Type, MethodWrapper_Type;

/* Adds wrapper descriptors (int.__add__ ...) to t's dict for every slot that
 * `own` (a copy of t's slots taken before inheritance) defines. */
int Slots_AddWrappers(Type *t, const Type *own);
/* Sets every slot of class t that special methods feed from the first class
 * along t's MRO defining one (class creation, a new MRO). */
void Slots_FromMro(Type *t);
/* After `cls.name = value` on a class: refresh the slot fed by name. */
void Slots_Update(Type *t, Object *name);
/* The __doc__ and __text_signature__ of slot d's wrappers (slot_docs.c):
 * new references, None where there is none. */
Object *Slot_Doc(const SlotDef *d);
Object *Slot_TextSignature(const SlotDef *d);
/* Frees the running thread's method-name cache (at thread exit). */
void Slots_ThreadExit(void);
/* The init slot of a class whose __init__ is looked up and called (the eval
 * loop runs a Python __init__ inline when it finds this). */
extern const InitFn Slots_CallInit;
#endif
