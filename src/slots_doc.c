/* The __text_signature__ and __doc__ of slot wrappers (int.__add__,
 * object.__init__, (1).__add__): CPython's texts, by dunder name. */
#include "slots_doc.h"

#include <string.h>

typedef struct {
    const char *name;
    const char *sig;
    const char *doc;
} SlotDoc;

#define UNARY "($self, /)"
#define BINARY "($self, value, /)"

static const SlotDoc slot_docs[] = {
    {"__getattribute__", "($self, name, /)", "Return getattr(self, name)."},
    {"__setattr__", "($self, name, value, /)", "Implement setattr(self, name, value)."},
    {"__delattr__", "($self, name, /)", "Implement delattr(self, name)."},
    {"__repr__", UNARY, "Return repr(self)."},
    {"__str__", UNARY, "Return str(self)."},
    {"__hash__", UNARY, "Return hash(self)."},
    {"__call__", "($self, /, *args, **kwargs)", "Call self as a function."},
    {"__lt__", BINARY, "Return self<value."},
    {"__le__", BINARY, "Return self<=value."},
    {"__eq__", BINARY, "Return self==value."},
    {"__ne__", BINARY, "Return self!=value."},
    {"__gt__", BINARY, "Return self>value."},
    {"__ge__", BINARY, "Return self>=value."},
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
    {"__add__", BINARY, "Return self+value."},
    {"__and__", BINARY, "Return self&value."},
    {"__floordiv__", BINARY, "Return self//value."},
    {"__lshift__", BINARY, "Return self<<value."},
    {"__matmul__", BINARY, "Return self@value."},
    {"__mul__", BINARY, "Return self*value."},
    {"__mod__", BINARY, "Return self%value."},
    {"__or__", BINARY, "Return self|value."},
    {"__pow__", "($self, value, mod=None, /)", "Return pow(self, value, mod)."},
    {"__rshift__", BINARY, "Return self>>value."},
    {"__sub__", BINARY, "Return self-value."},
    {"__truediv__", BINARY, "Return self/value."},
    {"__xor__", BINARY, "Return self^value."},
    {"__radd__", BINARY, "Return value+self."},
    {"__rand__", BINARY, "Return value&self."},
    {"__rfloordiv__", BINARY, "Return value//self."},
    {"__rlshift__", BINARY, "Return value<<self."},
    {"__rmatmul__", BINARY, "Return value@self."},
    {"__rmul__", BINARY, "Return value*self."},
    {"__rmod__", BINARY, "Return value%self."},
    {"__ror__", BINARY, "Return value|self."},
    {"__rpow__", "($self, value, mod=None, /)", "Return pow(value, self, mod)."},
    {"__rrshift__", BINARY, "Return value>>self."},
    {"__rsub__", BINARY, "Return value-self."},
    {"__rtruediv__", BINARY, "Return value/self."},
    {"__rxor__", BINARY, "Return value^self."},
    {"__iadd__", BINARY, "Return self+=value."},
    {"__iand__", BINARY, "Return self&=value."},
    {"__ifloordiv__", BINARY, "Return self//=value."},
    {"__ilshift__", BINARY, "Return self<<=value."},
    {"__imatmul__", BINARY, "Return self@=value."},
    {"__imul__", BINARY, "Return self*=value."},
    {"__imod__", BINARY, "Return self%=value."},
    {"__ior__", BINARY, "Return self|=value."},
    {"__ipow__", BINARY, "Return self**=value."},
    {"__irshift__", BINARY, "Return self>>=value."},
    {"__isub__", BINARY, "Return self-=value."},
    {"__itruediv__", BINARY, "Return self/=value."},
    {"__ixor__", BINARY, "Return self^=value."},
    {NULL, NULL, NULL},
};

/* The in-place methods of sequences (list.__iadd__, list.__imul__) come
 * from their own slots, which CPython documents differently. */
static const SlotDoc sequence_docs[] = {
    {"__iadd__", BINARY, "Implement self+=value."},
    {"__imul__", BINARY, "Implement self*=value."},
    {NULL, NULL, NULL},
};

static const SlotDoc *slotdoc_find(const char *name, bool sequence) {
    for (const SlotDoc *d = sequence ? sequence_docs : slot_docs; d->name; d++)
        if (strcmp(d->name, name) == 0) return d;
    return NULL;
}

const char *SlotDoc_Signature(const char *name, bool sequence) {
    const SlotDoc *d = slotdoc_find(name, sequence);
    return d ? d->sig : NULL;
}

const char *SlotDoc_Text(const char *name, bool sequence) {
    const SlotDoc *d = slotdoc_find(name, sequence);
    return d ? d->doc : NULL;
}
