/* Process start-up, interpreter creation and teardown. */
#include "runtime/interp.h"
#include "abstract.h"
#include "class.h"
#include "eval.h"
#include "frame.h"
#include "modules/modules.h"
#include "modules/registry.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/float.h"
#include "objects/frameobj.h"
#include "objects/func.h"
#include "objects/gen.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/typing.h"
#include "runtime/err.h"
#include "runtime/gc.h"
#include "runtime/hash.h"
#include "runtime/import.h"
#include "runtime/mem.h"
#include "runtime/signals.h"
#include "runtime/trace.h"
#include "slots.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

THREAD_LOCAL Interp *g_interp;
bool Runtime_Starting;

/* ---- objects made at start-up ------------------------------------------------
 * Everything Runtime_Init makes (the dicts, descriptors and names of the
 * built-in types, the shared strings and tuples) is used by all interpreters
 * at once, so its reference count must never change: it is immortal.  The
 * few temporaries of start-up become immortal too; this list keeps them
 * reachable (they are not leaks, just never freed). */
static Object **forever;
static size_t nforever, forever_cap;

void Runtime_KeepForever(Object *o) {
    Obj_SetImmortal(o);
    if (nforever == forever_cap) {
        size_t cap = forever_cap ? forever_cap * 2 : 1024;
        Object **n = realloc(forever, cap * sizeof *n);
        if (!n) return; /* it stays immortal, merely unlisted */
        forever = n;
        forever_cap = cap;
    }
    forever[nforever++] = o;
}

/* ---- threads --------------------------------------------------------------- */

/* Runs when a thread that had an interpreter ends: frees what the thread
 * kept for itself (caches, free lists), the allocator's blocks last. */
static pthread_key_t thread_key;
static THREAD_LOCAL bool thread_attached;

static void thread_exit(void *unused) {
    (void)unused;
    Runtime_ThreadExit();
    thread_attached = false;
}

void Runtime_ThreadExit(void) {
    Repr_ThreadExit();
    Float_ThreadExit();
    Math_ThreadExit();
    Decimal_ThreadExit();
    Pickle_ThreadExit();
    Type_CacheThreadExit();
    Slots_ThreadExit();
    Mem_ThreadExit();
}

Interp *Interp_Swap(Interp *in) {
    Interp *old = g_interp;
    g_interp = in;
    Type_CacheEpoch = in ? in->type_epoch : 0;
    if (in && !thread_attached) {
        thread_attached = true;
        pthread_setspecific(thread_key, (void *)1);
    }
    return old;
}

/* ---- start-up ---------------------------------------------------------------- */

static pthread_once_t runtime_once = PTHREAD_ONCE_INIT;
static int runtime_status = -1;

/* The process-wide objects: every type of the registry, and the shared
 * constants (empty tuple, one-character strings and bytes). */
static int start_types(void) {
    if (Registry_ReadyTypes() < 0) return -1;
    return !Tuple_Empty() || Str_Ready() < 0 || Bytes_Ready() < 0 ? -1 : 0;
}

static void runtime_start(void) {
    if (pthread_key_create(&thread_key, thread_exit) != 0) return;
    Hash_InitFromEnv();
#ifdef CIPY_OPCOUNT
    atexit(Eval_DumpOpcodeCounts);
#endif
    Int_Init();
    Interp *boot = Interp_NewBare();
    if (!boot) return;
    Interp *saved = Interp_Swap(boot);
    Runtime_Starting = true;
    int r = start_types();
    Runtime_Starting = false;
    Err_Clear();
    /* Start-up objects are immortal and untracked: no collection sees them.
     * Their lazily computed parts (string hashes, UTF-8) are filled now, so
     * that no thread writes into them later. */
    Gc_UntrackAll(boot);
    for (size_t i = 0; i < nforever; i++) Obj_Share(forever[i]);
    Interp_Free(boot);
    Interp_Swap(saved);
    if (r == 0) runtime_status = 0;
}

int Runtime_Init(void) {
    pthread_once(&runtime_once, runtime_start);
    return runtime_status;
}

static uint64_t next_epoch = 1;

uint64_t Interp_NewEpoch(void) { return __atomic_fetch_add(&next_epoch, 1, __ATOMIC_RELAXED); }

Interp *Interp_NewBare(void) {
    Interp *in = calloc(1, sizeof(Interp));
    if (!in) return NULL;
    in->recursion_limit = 1000;
    in->exc_stack = calloc(1, sizeof(Object *));
    in->exc_depth = 1;
    in->exc_cap = 1;
    /* stdout is line-buffered on a terminal, as CPython's */
    in->out = (OutStream){.fd = 1, .line_buffered = isatty(1) == 1};
    in->err = (OutStream){.fd = 2, .line_buffered = true};
    in->gc_list.next = in->gc_list.prev = &in->gc_list;
    in->gc_threshold = 2000;
    in->gc_thresholds[0] = 2000;
    in->gc_thresholds[1] = in->gc_thresholds[2] = 10;
    in->gc_frozen.next = in->gc_frozen.prev = &in->gc_frozen;
    in->switch_interval_us = 5000;
    in->type_epoch = Interp_NewEpoch();
    in->int_max_str_digits = 4300;
    if (!in->exc_stack) {
        free(in);
        return NULL;
    }
    return in;
}

Interp *Interp_New(void) {
    if (Runtime_Init() < 0) return NULL;
    Interp *in = Interp_NewBare();
    if (!in) return NULL;
    Interp *saved = Interp_Swap(in);
    in->modules = Dict_New();
    in->argv = List_New(0);
    if (!in->modules || !in->argv) goto fail;
    /* builtins first: sys refers to it */
    in->builtins_mod = Import_ImportC("builtins");
    if (!in->builtins_mod) goto fail;
    in->builtins = NEWREF(MODULE_DICT(in->builtins_mod));
    if (Class_InitBuiltins(in->builtins) < 0) goto fail;
    in->sys_mod = Import_ImportC("sys");
    if (!in->sys_mod) goto fail;
    /* _frozen_importlib, which gives builtins and sys their __spec__, waits
     * until a program imports something or looks at them */
    in->specs_lazy = true;
    if (Err_ReserveNoMemory() < 0) goto fail;
    if (!(in->builtins_copy = Dict_Copy(in->builtins))) goto fail;
    Interp_Swap(saved);
    return in;
fail:
    Err_Clear();
    Interp_Swap(saved);
    Interp_Free(in);
    return NULL;
}

/* Modules and their dicts refer to each other in cycles; empty every module
 * dict first (as CPython does at shutdown) so everything can be freed. */
static void clear_modules(Interp *in) {
    if (!in->modules) return;
    Object *mods = Dict_Values(in->modules);
    if (mods) {
        for (ssize_t i = 0; i < LIST_LEN(mods); i++) {
            Object *m = LIST_GET(mods, i);
            if (TYPE(m) == &Module_Type && MODULE_DICT(m)) Dict_Clear(MODULE_DICT(m));
        }
        DECREF(mods);
    }
    Dict_Clear(in->modules);
}

void Interp_Free(Interp *in) {
    if (!in) return;
    Interp *saved = Interp_Swap(in);
    Signals_ReleaseHandlers(); /* (when in owns the signals) */
    Trace_Clear(in);
    for (size_t i = 0; i < sizeof in->at_fork / sizeof *in->at_fork; i++) CLEAR(in->at_fork[i]);
    Err_Clear();
    if (in->main_dict) Dict_Clear(in->main_dict);
    CLEAR(in->main_dict);
    clear_modules(in);
    CLEAR(in->modules);
    CLEAR(in->importlib);
    CLEAR(in->warn_filters);
    for (size_t i = 0; i < sizeof in->finders / sizeof *in->finders; i++) CLEAR(in->finders[i]);
    CLEAR(in->sys_mod);
    CLEAR(in->builtins);
    CLEAR(in->builtins_copy);
    if (in->builtins_mod) {
        if (MODULE_DICT(in->builtins_mod)) Dict_Clear(MODULE_DICT(in->builtins_mod));
        CLEAR(in->builtins_mod);
    }
    CLEAR(in->argv);
    CLEAR(in->spare_no_memory);
    CLEAR(in->atexit_callbacks);
    CLEAR(in->asyncgen_firstiter);
    CLEAR(in->asyncgen_finalizer);
    CLEAR(in->audit_hooks);
    CLEAR(in->context);
    CLEAR(in->struct_error);
    CLEAR(in->struct_cache);
    CLEAR(in->codec_search);
    CLEAR(in->codec_cache);
    CLEAR(in->codec_errors);
    CLEAR(in->decimal_state);
    CLEAR(in->zoneinfo_strong);
    CLEAR(in->zoneinfo_weak);
    CLEAR(in->asyncio_running);
    CLEAR(in->asyncio_loop);
    CLEAR(in->asyncio_other_tasks);
    CLEAR(in->asyncio_other_eager);
    CLEAR(in->re_subjects);
    for (size_t i = 0; i < INTERP_CODES; i++) CLEAR(in->codes[i].tree);
    for (size_t i = 0; i < in->exc_depth; i++) CLEAR(in->exc_stack[i]);
    CLEAR(in->gc_callbacks);
    Gc_Unfreeze();
    Gc_Collect();
    Gc_CollectFinal();
    Err_Clear();
    Out_Flush(&in->out); /* what finalizers wrote while everything was freed */
    Out_Flush(&in->err);
    Signals_Uninstall(); /* (when in owns them) after the last write */
    /* Whatever is still alive is referenced from outside the interpreter;
     * it must not point at a list that is going away. */
    Gc_UntrackAll(in);
    in->asyncio_tasks = NULL; /* tasks still alive keep their links among themselves */
    VM_FreeStack();
    free(in->exc_stack);
    free(in->subclasses);
    free(in->weak_table); /* what is left: references to immortal objects */
    in->weak_table = NULL;
    in->weak_count = in->weak_cap = 0;
    for (size_t i = 0; i < in->nsearch_path; i++) free(in->search_path[i]);
    free(in->search_path);
    free(in->out.buf);
    free(in->err.buf);
    Interp_Swap(saved == in ? NULL : saved);
    free(in);
}
