/* Audit hooks (see audit.h).  The hooks live in a list on the interpreter,
 * made when the first one is added, so an event with no hooks costs one
 * test of that pointer. */
#include "runtime/audit.h"
#include "abstract.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/err.h"
#include "runtime/interp.h"
#include <stdarg.h>

int Audit_Event(const char *event, Object *args) {
    Object *hooks = g_interp->audit_hooks;
    if (!hooks || LIST_LEN(hooks) == 0) return 0;
    Object *name = Str_FromUTF8(event, -1);
    if (!name) return -1;
    /* a hook may add hooks: the list is walked by index, as it grows */
    INCREF(hooks);
    int status = 0;
    for (ssize_t i = 0; status == 0 && i < LIST_LEN(hooks); i++) {
        Object *hook = NEWREF(LIST_ITEMS(hooks)[i]);
        Object *argv[2] = {name, args};
        Object *r = Obj_Call(hook, argv, 2, NULL);
        DECREF(hook);
        if (r) DECREF(r);
        else status = -1;
    }
    DECREF(hooks);
    DECREF(name);
    return status;
}

int Audit_EventArgs(const char *event, size_t nargs, Object *const *args) {
    if (!g_interp->audit_hooks) return 0;
    Object *t = Tuple_FromArray(args, (ssize_t)nargs);
    if (!t) return -1;
    int r = Audit_Event(event, t);
    DECREF(t);
    return r;
}

int Audit_Eventf(const char *event, const char *fmt, ...) {
    if (!g_interp->audit_hooks) return 0;
    Object *items[8];
    size_t n = 0;
    int r = -1;
    va_list ap;
    va_start(ap, fmt);
    for (; fmt[n] && n < sizeof items / sizeof *items; n++) {
        Object *o;
        switch (fmt[n]) {
        case 'O':
            o = va_arg(ap, Object *);
            items[n] = NEWREF(o ? o : OBJ_NONE);
            break;
        case 'i': items[n] = Int_FromI64(va_arg(ap, int)); break;
        case 'L': items[n] = Int_FromI64(va_arg(ap, long long)); break;
        default: items[n] = Int_FromU64(va_arg(ap, unsigned long long)); break;
        }
        if (!items[n]) goto done;
    }
    r = Audit_EventArgs(event, n, items);
done:
    va_end(ap);
    while (n > 0) XDECREF(items[--n]);
    return r;
}

int Audit_AddHook(Object *hook) {
    if (Audit_EventArgs("sys.addaudithook", 0, NULL) < 0) {
        if (!Err_Matches(Exc_RuntimeError)) return -1;
        Err_Clear();
        return 0;
    }
    if (!g_interp->audit_hooks && !(g_interp->audit_hooks = List_New(0))) return -1;
    return List_Append(g_interp->audit_hooks, hook);
}

void Audit_Clear(void) { CLEAR(g_interp->audit_hooks); }
