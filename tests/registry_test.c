/* Checks of the registry of modules and types (src/modules/registry.c),
 * from the inside: every type the registry lists or its modules hold is
 * ready (bases, MRO, a dict with its methods and attributes), every module
 * imports and shows "(built-in)" or "(frozen)", and every module of lib/ has
 * a registry line.  (tests/cases/modules/ compares the same modules with
 * CPython.)
 *
 * Run from the repository root (make test does):  build/registry_test
 * Prints one line per failed check and "registry_test: N passed, M failed";
 * exits 1 if any check failed.
 */
#include "abstract.h"
#include "modules/frozen_lib.h"
#include "modules/registry.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/err.h"
#include "runtime/import.h"
#include "runtime/interp.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static int passed, failed;

static void check(bool ok, const char *what, ...) __attribute__((format(printf, 2, 3)));
static void check(bool ok, const char *what, ...) {
    if (ok) {
        passed++;
        return;
    }
    failed++;
    va_list ap;
    va_start(ap, what);
    fputs("registry_test: FAIL: ", stdout);
    vprintf(what, ap);
    fputc('\n', stdout);
    va_end(ap);
}

/* A static type is ready: flagged, with bases, MRO and a dict holding every
 * method and attribute its tables declare. */
static void check_type(Type *t, const char *where) {
    if (t->flags & TPFLAG_HEAPTYPE) return;
    bool ready = (t->flags & TPFLAG_READY) && t->dict && t->mro && t->bases && t->name_obj && t->module;
    check(ready, "%s: type %s is not ready", where, t->name);
    if (!ready) return;
    for (const MethodDef *m = t->methods; m && m->name; m++)
        check(Dict_GetStr(t->dict, m->name) != NULL, "%s: %s.%s missing from its dict", where, t->name, m->name);
    for (const GetSetDef *g = t->getset; g && g->name; g++)
        check(Dict_GetStr(t->dict, g->name) != NULL, "%s: %s.%s missing from its dict", where, t->name, g->name);
    /* __module__ and __name__ come from the dotted name */
    const char *dot = strrchr(t->name, '.');
    check(Str_EqC(t->name_obj, dot ? dot + 1 : t->name), "%s: %s has __name__ %s", where, t->name,
          Str_AsUTF8(t->name_obj, NULL));
}

/* Every value of the module's namespace that is a static type, or whose
 * type is, is ready. */
static void check_module_types(Object *m, const char *name) {
    Object *values = Dict_Values(MODULE_DICT(m));
    if (!values) return;
    for (ssize_t i = 0; i < LIST_LEN(values); i++) {
        Object *v = LIST_GET(values, i);
        if (IS_SMALL(v)) continue;
        if (Type_Check(v)) check_type((Type *)v, name);
        check_type(TYPE(v), name);
    }
    DECREF(values);
}

static bool ends_with(const char *s, const char *tail) {
    size_t n = strlen(s), k = strlen(tail);
    return n >= k && strcmp(s + n - k, tail) == 0;
}

static void check_module(const ModuleDef *def) {
    Interp *in = Interp_New();
    check(in != NULL, "no interpreter");
    if (!in) return;
    Interp *saved = Interp_Swap(in);
    Object *m = Import_ImportC(def->name);
    check(m != NULL, "import %s failed", def->name);
    if (m) {
        char want[300];
        snprintf(want, sizeof want, "<module '%s' (%s)>", def->name, Registry_IsBuiltin(def) ? "built-in" : "frozen");
        Object *r = Obj_Repr(m);
        const char *got = r ? Str_AsUTF8(r, NULL) : NULL;
        check(got && strcmp(got, want) == 0, "repr(%s) is %s, not %s", def->name, got ? got : "(error)", want);
        XDECREF(r);
        check_module_types(m, def->name);
        DECREF(m);
    }
    Err_Clear();
    Interp_Swap(saved);
    Interp_Free(in);
}

int main(void) {
    check(Runtime_Init() == 0, "start-up failed");
    REGISTRY_EACH(d) {
        for (Type *const *t = d->types; t && *t; t++) check_type(*t, d->name ? d->name : "(core)");
        /* a package's __main__ is a program (`-m package`): importing it runs it */
        if (d->name && !ends_with(d->name, ".__main__")) check_module(d);
        check(d->name || (!d->init && !d->frozen), "a core line makes a module");
        if (d->frozen) check(strcmp(d->frozen->name, d->name) == 0, "%s runs the code of %s", d->name, d->frozen->name);
    }
    for (const FrozenModule *const *f = Frozen_Modules; *f; f++) {
        const ModuleDef *d = Registry_Find((*f)->name);
        check(d && d->frozen == *f, "lib/ module %s has no registry line", (*f)->name);
    }
    printf("registry_test: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
