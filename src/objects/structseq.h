/* Struct sequences: tuples whose items are also read-only named attributes
 * (sys.version_info, sys.flags, time.struct_time, os.stat_result, ...).
 *
 * The first n_in_sequence fields are the tuple's items; the others are
 * attributes only (struct_time's tm_zone), stored after the items.  A field
 * named StructSeq_UnnamedField is an item without an attribute.  Each named
 * field becomes a member descriptor carrying its doc; the type also has
 * n_sequence_fields, n_fields, n_unnamed_fields and __match_args__, a repr
 * "name(field=value, ...)", __reduce__ and __replace__, and, when made with
 * creatable, CPython's constructor type(sequence, dict=None). */
#ifndef CIPY_STRUCTSEQ_H
#define CIPY_STRUCTSEQ_H
#include "object.h"
#include "objects/tuple.h"

typedef struct StructSeqField {
    const char *name;   /* NULL ends the list */
    const char *doc;
} StructSeqField;

extern const char StructSeq_UnnamedField[];

typedef struct StructSeqType {
    Type type;
    const StructSeqField *fields;
    ssize_t n_in_sequence;
    bool creatable;              /* Python code may make instances */
    ssize_t n_fields, n_unnamed; /* counted by StructSeq_Ready */
} StructSeqType;

/* The constructor of creatable struct sequence types. */
Object *StructSeq_TypeNew(Type *t, Object *const *args, size_t nargs, Object *kwnames);
void StructSeq_Dealloc(Object *o);
int StructSeq_Traverse(Object *o, VisitFn visit, void *arg);
Object *StructSeq_Repr(Object *o);
extern const MethodDef StructSeq_Methods[];

/* A static struct sequence type named dotted ("time.struct_time": module
 * and name), with the type's doc, its fields and how many of them are
 * sequence items; creatable says whether Python code may make instances
 * (sys.version_info and sys.flags refuse). */
#define STRUCTSEQ_TYPE(dotted, doc_, fields_, n_seq, creatable_)                                              \
    {                                                                                                        \
        .type = {.ob = OBJ_HEAD_INIT(&Type_Type), .name = dotted, .doc = doc_, .basicsize = sizeof(Tuple),  \
                 .flags = TPFLAG_GC, .base = &Tuple_Type, .dealloc = StructSeq_Dealloc,                     \
                 .traverse = StructSeq_Traverse, .repr = StructSeq_Repr, .methods = StructSeq_Methods,      \
                 .new_ = (creatable_) ? StructSeq_TypeNew : NULL},                                           \
        .fields = fields_, .n_in_sequence = n_seq, .creatable = creatable_,                                   \
    }

/* Readies t at start-up (the registry lists the type and calls this from
 * its ready hook): Type_Ready if not done yet, then the field descriptors,
 * the counts and __match_args__.  -1 on error. */
int StructSeq_Ready(StructSeqType *t);
/* A new instance; steals the t->n_fields references in items, which must
 * all be non-NULL (the call fails and releases those that are not). */
Object *StructSeq_New(StructSeqType *t, Object **items);
#endif
