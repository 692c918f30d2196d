/* _asyncio: the module's functions and its types (the Future itself is
 * _asyncio_future.c; the design is told in _asyncio.h). */
#include "modules/_asyncio.h"
#include "objects/module.h"
#include "runtime/args.h"

int Future_AddAwaitedBy(Object *fut, Object *waiter);
int Future_DiscardAwaitedBy(Object *fut, Object *waiter);

static bool is_cfuture(Object *o) {
    return !IS_SMALL(o) && (TYPE(o) == &Future_Type || Type_IsSubtype(TYPE(o), &Future_Type));
}

/* future_add_to_awaited_by(fut, waiter, /): records that waiter awaits fut
 * (for the call graph); nothing unless both are Futures. */
static Object *asyncio_future_add_to_awaited_by(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    if (is_cfuture(args[0]) && is_cfuture(args[1]) && Future_AddAwaitedBy(args[0], args[1]) < 0) return NULL;
    RETURN_NONE;
}

static Object *asyncio_future_discard_from_awaited_by(Object *m, Object *const *args, size_t nargs,
                                                      Object *kwnames) {
    if (is_cfuture(args[0]) && is_cfuture(args[1]) && Future_DiscardAwaitedBy(args[0], args[1]) < 0) return NULL;
    RETURN_NONE;
}

static const MethodDef asyncio_functions[] = {
    {"future_add_to_awaited_by", asyncio_future_add_to_awaited_by, 0,
     ARGS("($module, fut, waiter, /)", "Record that `fut` is awaited on by `waiter`.")},
    {"future_discard_from_awaited_by", asyncio_future_discard_from_awaited_by, 0,
     ARGS("($module, fut, waiter, /)", NULL)},
    {NULL, NULL, 0, NULL},
};

Type *const Asyncio_Types[] = {&Future_Type, &FutureIter_Type, NULL};

int Asyncio_Init(Object *m) {
    if (Module_AddFunctions(m, asyncio_functions) < 0) return -1;
    return Module_AddObject(m, "Future", (Object *)&Future_Type);
}
