/* The __doc__ and __text_signature__ of slot wrappers (int.__add__,
 * object.__init__, ...) and of the method-wrappers bound from them, with
 * the texts CPython gives them.  Operators are worded from their symbol;
 * the other slots are listed by name. */
#include "abstract.h"
#include "objects/str.h"
#include "slots.h"
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#define UNARY "($self, /)"
#define VALUE "($self, value, /)"

static const struct {
    const char *name, *sig, *doc;
} named[] = {
    {"__getattribute__", "($self, name, /)", "Return getattr(self, name)."},
    {"__setattr__", "($self, name, value, /)", "Implement setattr(self, name, value)."},
    {"__delattr__", "($self, name, /)", "Implement delattr(self, name)."},
    {"__repr__", UNARY, "Return repr(self)."},
    {"__str__", UNARY, "Return str(self)."},
    {"__hash__", UNARY, "Return hash(self)."},
    {"__call__", "($self, /, *args, **kwargs)", "Call self as a function."},
    {"__lt__", VALUE, "Return self<value."},
    {"__le__", VALUE, "Return self<=value."},
    {"__eq__", VALUE, "Return self==value."},
    {"__ne__", VALUE, "Return self!=value."},
    {"__gt__", VALUE, "Return self>value."},
    {"__ge__", VALUE, "Return self>=value."},
    {"__iter__", UNARY, "Implement iter(self)."},
    {"__next__", UNARY, "Implement next(self)."},
    {"__get__", "($self, instance, owner=None, /)", "Return an attribute of instance, which is of type owner."},
    {"__set__", "($self, instance, value, /)", "Set an attribute of instance to value."},
    {"__delete__", "($self, instance, /)", "Delete an attribute of instance."},
    {"__init__", "($self, /, *args, **kwargs)", "Initialize self.  See help(type(self)) for accurate signature."},
    {"__len__", UNARY, "Return len(self)."},
    {"__getitem__", "($self, key, /)", "Return self[key]."},
    {"__setitem__", "($self, key, value, /)", "Set self[key] to value."},
    {"__delitem__", "($self, key, /)", "Delete self[key]."},
    {"__contains__", "($self, key, /)", "Return bool(key in self)."},
    {"__bool__", UNARY, "True if self else False"},
    {"__neg__", UNARY, "-self"},
    {"__pos__", UNARY, "+self"},
    {"__invert__", UNARY, "~self"},
    {"__abs__", UNARY, "abs(self)"},
    {"__int__", UNARY, "int(self)"},
    {"__float__", UNARY, "float(self)"},
    {"__index__", UNARY, "Return self converted to an integer, if self is suitable for use as an index into a list."},
    /* the sequence forms of + and * (list, tuple, str, ...) */
    {"__add__", VALUE, "Return self+value."},
    {"__mul__", VALUE, "Return self*value."},
    {"__rmul__", VALUE, "Return value*self."},
    {"__iadd__", VALUE, "Implement self+=value."},
    {"__imul__", VALUE, "Implement self*=value."},
};

static bool in_table(size_t offset, size_t table) {
    return offset >= table && offset < table + sizeof(BinaryFn) * NB_COUNT;
}

/* The docstring of d as a new str; *sig is set to its text signature. */
static Object *operator_doc(const SlotDef *d, const char **sig) {
    const char *sym = BinaryOp_Symbol(d->op);
    bool pow = d->op == NB_POWER;
    if (in_table(d->offset, offsetof(Type, nb_inplace))) {
        *sig = VALUE;
        return Str_FromFormat("Return self%s=value.", sym);
    }
    bool reflected = d->name[2] == 'r' && strcmp(d->name, "__rshift__") != 0;
    *sig = pow ? "($self, value, mod=None, /)" : VALUE;
    if (pow) return Str_FromUTF8(reflected ? "Return pow(value, self, mod)." : "Return pow(self, value, mod).", -1);
    return reflected ? Str_FromFormat("Return value%sself.", sym) : Str_FromFormat("Return self%svalue.", sym);
}

/* d's docstring (new reference) and, through sig, its text signature; None
 * and NULL for a slot without one. */
static Object *slot_doc(const SlotDef *d, const char **sig) {
    if (d->op >= 0 && (in_table(d->offset, offsetof(Type, nb)) || in_table(d->offset, offsetof(Type, nb_inplace))))
        return operator_doc(d, sig);
    for (size_t i = 0; i < sizeof named / sizeof *named; i++)
        if (strcmp(named[i].name, d->name) == 0) {
            *sig = named[i].sig;
            return Str_FromUTF8(named[i].doc, -1);
        }
    *sig = NULL;
    return NEWREF(OBJ_NONE);
}

Object *Slot_Doc(const SlotDef *d) {
    const char *sig;
    return slot_doc(d, &sig);
}

Object *Slot_TextSignature(const SlotDef *d) {
    const char *sig;
    Object *doc = slot_doc(d, &sig);
    if (!doc) return NULL;
    DECREF(doc);
    return sig ? Str_FromUTF8(sig, -1) : NEWREF(OBJ_NONE);
}
