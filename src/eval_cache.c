/* The per-instruction caches' tables, and how their attribute entries are
 * filled (see eval_cache.h). */
#include "eval_cache.h"
#include "class.h"
#include "objects/func.h"
#include "opcodes.h"
#include "runtime/err.h"
#include <stdlib.h>

static CodeCache *code_cache_new(Code *co) {
    /* count the sites, and clear their entry numbers: a .pyc could hold anything there */
    int nglobal = 0, nattr = 0, nsuper = 0;
    for (ssize_t i = 0; i < co->ninstrs; i++) {
        int op = co->instrs[i] & 0xff;
        if (op == OP_LOAD_GLOBAL) {
            nglobal++;
            if (i + GLOBAL_CACHE_UNIT < co->ninstrs) co->instrs[i + GLOBAL_CACHE_UNIT] = 0;
        } else if (op == OP_LOAD_ATTR || op == OP_STORE_ATTR) {
            nattr++;
            if (i + ATTR_CACHE_UNIT < co->ninstrs) co->instrs[i + ATTR_CACHE_UNIT] = 0;
        } else if (op == OP_LOAD_SUPER_ATTR) {
            nsuper++;
            if (i + SUPER_CACHE_UNIT < co->ninstrs) co->instrs[i + SUPER_CACHE_UNIT] = 0;
        }
        i += Opcode_Caches[op];
    }
    CodeCache *cc = calloc(1, sizeof(CodeCache) + sizeof(GlobalCacheEntry) * (size_t)nglobal +
                                  sizeof(AttrSite) * (size_t)nattr + sizeof(SuperCacheEntry) * (size_t)nsuper);
    if (!cc) return NULL;
    cc->nglobal = nglobal;
    cc->nattr = nattr;
    cc->nsuper = nsuper;
    cc->global = (GlobalCacheEntry *)(cc + 1);
    cc->attr = (AttrSite *)(cc->global + nglobal);
    cc->super = (SuperCacheEntry *)(cc->attr + nattr);
    co->extra = cc;
    return cc;
}

SuperCacheEntry *EvalCache_NewSuperEntry(Code *co, uint16_t *slot) {
    CodeCache *cc = co->extra;
    if (!cc && !(cc = code_cache_new(co))) return NULL;
    if (cc->nsuper_used >= cc->nsuper || cc->nsuper_used >= 0xffff) return NULL;
    *slot = (uint16_t)++cc->nsuper_used;
    return &cc->super[*slot - 1];
}

GlobalCacheEntry *EvalCache_NewGlobalEntry(Code *co, uint16_t *slot) {
    CodeCache *cc = co->extra;
    if (!cc && !(cc = code_cache_new(co))) return NULL;
    if (cc->nglobal_used >= cc->nglobal || cc->nglobal_used >= 0xffff) return NULL;
    *slot = (uint16_t)++cc->nglobal_used;
    return &cc->global[*slot - 1];
}

/* After a miss: the entry of the site to fill, or NULL (no site, or the
 * site is backing off). */
AttrCacheEntry *EvalCache_NewAttrEntry(Code *co, uint16_t *slot) {
    CodeCache *cc = co->extra;
    if (!cc && !(cc = code_cache_new(co))) return NULL;
    if (!*slot) {
        if (cc->nattr_used >= cc->nattr || cc->nattr_used >= 0xffff) return NULL;
        *slot = (uint16_t)++cc->nattr_used;
    }
    AttrSite *site = &cc->attr[*slot - 1];
    for (int w = 0; w < ATTR_WAYS; w++)
        if (site->way[w].epoch != Type_CacheEpoch) return &site->way[w];
    if (site->backoff) {
        site->backoff--;
        return NULL;
    }
    site->backoff = ATTR_BACKOFF;
    AttrCacheEntry *ce = &site->way[site->next];
    site->next = (uint8_t)((site->next + 1) % ATTR_WAYS);
    return ce;
}

/* Records in ce how `owner.name` (method: the method form `owner.name(...)`)
 * is looked up, when it is one of the cases the AC_* kinds handle; leaves ce
 * empty otherwise.  Mirrors Obj_GenericGetAttr, type_getattro and get_method. */
void EvalCache_FillAttr(AttrCacheEntry *ce, Object *owner, Object *name, bool method) {
    ce->epoch = 0;
    ce->owner = NULL;
    Type *t = TYPE(owner);
    if (!Str_CheckExact(name) || Str_Hash(name) == -1) return;
    if (Type_Check(owner)) ce->owner = owner; /* (a class's entries hold for itself only) */
    Object *obj = NULL;
    int kind = AC_NONE;
    if (Type_Check(owner)) {
        /* a class whose metaclass is type, and type itself has no such attribute */
        if (t != &Type_Type || Type_Lookup(t, name)) goto none;
        Object *attr = Type_Lookup((Type *)owner, name);
        if (!attr) goto none;
        Type *at = TYPE(attr);
        if (!at->descr_get || at == &Function_Type) {
            kind = AC_TYPE_VALUE; /* a function read from its class is itself */
            obj = attr;
        } else if (at == &StaticMethod_Type || at == &ClassMethod_Type) {
            if (at == &ClassMethod_Type && !method) goto none;
            Object *r = at->descr_get(attr, NULL, (Type *)owner);
            if (!r) {
                Err_Clear();
                goto none;
            }
            /* the wrapped function, which the wrapper holds */
            obj = at == &StaticMethod_Type ? r : ((Method *)r)->func;
            DECREF(r);
            kind = at == &StaticMethod_Type ? AC_TYPE_VALUE : AC_TYPE_CLASSMETHOD;
        } else {
            goto none;
        }
    } else if (t == &Module_Type) {
        /* A module's globals: the generic lookup finds them in its dict, as
         * module type has no attribute of that name; when absent, the miss
         * takes module_getattr's __getattr__ hook and messages. */
        if (Type_Lookup(t, name) || Str_EqC(name, "__annotations__")) goto none;
        kind = AC_DICT;
    } else {
        if (t->getattr != Obj_GenericGetAttr || t->dictoffset < 0 || (t->flags & TPFLAG_VAR_EXTRAS)) goto none;
        Object *descr = Type_Lookup(t, name);
        Type *dt = descr ? TYPE(descr) : NULL;
        ssize_t off = descr && !method ? MemberDescr_FixedOffset(descr, t, false) : 0;
        if (off > 0 && off <= UINT32_MAX) {
            kind = AC_MEMBER;
            ce->hint = (uint32_t)off;
        } else if (dt && dt->descr_get && dt->descr_set) {
            kind = dt == &Property_Type && !method ? AC_PROPERTY : AC_DATA_DESCR;
            obj = descr;
        } else if (method && (dt == &Function_Type ||
                              (dt == &MethodDescr_Type && !(((MethodDescr *)descr)->def->flags & METH_STATIC)))) {
            kind = AC_METHOD;
            obj = descr;
        } else if (method && dt == &ClassMethod_Type) {
            Object *r = dt->descr_get(descr, owner, t);
            if (!r) {
                Err_Clear();
                goto none;
            }
            obj = ((Method *)r)->func;
            DECREF(r);
            kind = AC_CLASSMETHOD;
        } else if (!dt || !dt->descr_get) {
            if (!dt && !t->dictoffset) goto none; /* no such attribute */
            kind = AC_DICT;
            obj = descr;
        } else {
            goto none;
        }
    }
none:
    if (Err_Occurred()) { /* a lookup above met a key whose __eq__ raised */
        Err_Clear();
        kind = AC_NONE;
        obj = NULL;
    }
    ce->kind = (uint8_t)kind;
    ce->obj = obj;
    ce->type = t;
    ce->epoch = Type_CacheEpoch;
}

/* For STORE_ATTR: records whether setting name on instances of TYPE(owner)
 * stores into the instance dict, into a __slots__ member, or neither. */
void EvalCache_FillStoreAttr(AttrCacheEntry *ce, Object *owner, Object *name) {
    ce->epoch = 0;
    ce->owner = NULL;
    Type *t = TYPE(owner);
    if (!Str_CheckExact(name) || Str_Hash(name) == -1) return;
    int kind = AC_NONE;
    if (t->setattr == Obj_GenericSetAttr && t->dictoffset >= 0 && !(t->flags & TPFLAG_VAR_EXTRAS)) {
        Object *descr = Type_Lookup(t, name);
        ssize_t off = descr ? MemberDescr_FixedOffset(descr, t, true) : 0;
        if (Err_Occurred()) /* a key's __eq__ raised */
            Err_Clear();
        else if (off > 0 && off <= UINT32_MAX) {
            kind = AC_STORE_MEMBER;
            ce->hint = (uint32_t)off;
        } else if (t->dictoffset > 0 && !(descr && TYPE(descr)->descr_set)) {
            kind = AC_STORE_DICT;
            Object *dict = EvalCache_InstanceDict(owner, t);
            ssize_t ix = dict ? Dict_EntryIndex(dict, name, Str_Hash(name)) : -1;
            if (ix >= 0) ce->hint = (uint32_t)ix;
            else ce->hint = 0;
        }
        if (Err_Occurred()) Err_Clear();
    }
    if (Type_Check(owner)) ce->owner = owner;
    ce->kind = (uint8_t)kind;
    ce->obj = NULL;
    ce->type = t;
    ce->epoch = Type_CacheEpoch;
}
