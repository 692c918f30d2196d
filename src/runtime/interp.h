/* Interpreter state.  Any number of interpreters may run at once, each used
 * by one thread at a time; the running thread's current interpreter is
 * g_interp.  What is per interpreter, per thread and process-wide is listed
 * in ARCHITECTURE.md ("Interpreter state and output"). */
#ifndef CIPY_INTERP_H
#define CIPY_INTERP_H
#include "object.h"
#include "runtime/cstack.h"
#include "runtime/gc.h"
#include "runtime/mem.h"
#include "runtime/tls.h"
#include <stdint.h>

typedef void (*WriteFn)(void *ctx, const char *data, size_t len);

typedef struct OutStream {
    int fd;             /* the file descriptor written to, or -1: the callback */
    WriteFn write;
    void *ctx;
    char *buf;          /* bytes not written yet (runtime/out.c) */
    size_t len, cap;
    size_t committed;   /* the first bytes of buf, in the byte buffer; the rest is pending text */
    bool line_buffered;
    bool unbuffered; /* -u: no byte buffer; text goes out as it leaves the chunk (at once with write_through) */
    bool write_through; /* reconfigure(write_through=True): text joins the byte buffer at once */
} OutStream;

typedef struct Frame Frame;

/* A code tree the interpreter loaded for a cipy_code (api.c). */
typedef struct InterpCode {
    uint64_t serial;         /* the cipy_code's */
    Object *tree;            /* owned Code, NULL: a free entry */
} InterpCode;
#define INTERP_CODES 8

typedef struct Interp {
    Object *builtins;        /* dict of the builtins module */
    Object *builtins_mod;
    Object *sys_mod;
    Object *modules;         /* dict: sys.modules */
    Object *importlib;       /* the _frozen_importlib module (module specs, loaders) */
    Object *warn_filters;    /* _warnings.filters, for warnings emitted once sys.modules is gone */
    bool specs_lazy;         /* _frozen_importlib is not loaded yet: the first import, or the first
                              * look at a module made at start-up, loads it (Import_EnsureSpecs) */
    /* The finders start-up puts in sys.meta_path (BuiltinImporter,
     * FrozenImporter, PathFinder; owned), which import runs in C where
     * sys.meta_path holds them; NULL until then. */
    Object *finders[3];
    unsigned long switch_interval_us; /* sys.setswitchinterval(), in microseconds */
    int signals_held;        /* > 0: signal handlers wait (Signals_Run), set-up code runs */
    Object *main_dict;       /* __main__ globals of the current run */
    Object *builtins_copy;   /* the builtins as they were at start-up (restored at shutdown) */
    bool finished;           /* the program ended (Shutdown_Run): nothing more may run */
    bool modules_gone;       /* the shutdown released the modules: CPython can no longer
                              * open source files to show lines in a traceback */
    OutStream out, err;
    Object *argv;            /* list of str */
    char **search_path; size_t nsearch_path;

    Object *curexc;          /* the exception being raised (owned) or NULL */
    /* The exception being handled (sys.exception()): a stack kept by the eval loop. */
    Object **exc_stack; size_t exc_depth, exc_cap;

    Frame *frame;            /* innermost executing Python frame */
    int recursion_depth;     /* Python frames + guarded C recursion */
    int recursion_limit;     /* sys.getrecursionlimit(), 1000 by default */
    char *vm_stack, *vm_top, *vm_end;  /* current chunk of the frame stack */
    void *vm_chunks;         /* list of chunks for freeing */

    /* The cycle collector's list of this interpreter's containers (gc.c). */
    GcHead gc_list;
    ssize_t gc_count, gc_threshold;
    bool gc_running;
    /* The gc module's settings: gc.disable(), set_threshold()'s values
     * (shown, only the first is used: 0 stops automatic collections), the
     * callbacks list (owned, made on first import), the objects gc.freeze()
     * put aside (in no collection's sight until gc.unfreeze()), and the
     * counts of get_stats(). */
    bool gc_disabled;
    int gc_thresholds[3];
    Object *gc_callbacks;
    GcHead gc_frozen;
    ssize_t gc_collections, gc_collected;
    /* The objects that have weak references: address -> first reference
     * (objects/weakref.c; open addressing, freed when it empties). */
    struct WeakSlot *weak_table;
    size_t weak_cap, weak_count;
    /* Type_CacheEpoch while this interpreter runs: a value no other
     * interpreter ever has, renewed by Type_InvalidateCache. */
    uint64_t type_epoch;
    /* (base, class) pairs of the living classes, for __subclasses__ (type.c). */
    struct SubclassEntry *subclasses;
    size_t nsubclasses, subclasses_cap;
    int int_max_str_digits;  /* sys.set_int_max_str_digits(), 4300 by default */
    int bytes_warning;       /* -b given (1) or twice (2): bytes compared with str warn */
    /* cipy_config.colors and .ignore_environment: whether the traceback of
     * an uncaught exception is coloured (Tb_ColourWanted) */
    int tb_colors;
    bool ignore_environment;
    /* The code trees of cipy_codes run here, for their next runs (the
     * oldest entry makes way for a new one). */
    InterpCode codes[INTERP_CODES];
    size_t codes_next;       /* the entry to reuse when all are taken */
    Object *spare_no_memory; /* the MemoryError raised when no new one can be made (err.c) */
    Object *at_fork[3];      /* os.register_at_fork's lists (before, after_in_child, after_in_parent) or NULL */
    Object *atexit_callbacks; /* list of (func, args, kwargs or None) for the end (atexit.c), or NULL */
    /* sys.settrace() and sys.setprofile() (owned or NULL; runtime/trace.c),
     * and how deep trace functions are running (no events while > 0). */
    Object *trace_func, *profile_func;
    int tracing;
    /* sys.set_asyncgen_hooks() (owned or NULL). */
    Object *asyncgen_firstiter, *asyncgen_finalizer;
    int coro_origin_depth;   /* sys.set_coroutine_origin_tracking_depth(): frames a new
                              * coroutine records in cr_origin (0: none) */
    Object *audit_hooks; /* sys.addaudithook()'s list (owned or NULL; audit.c) */
    /* The current contextvars.Context (owned), NULL until a variable is
     * set (modules/_contextvars.h). */
    Object *context;
    /* The _struct module's state (modules/_struct.c): struct.error, and
     * the formats its functions compiled (dict format -> Struct); owned or
     * NULL. */
    Object *struct_error, *struct_cache;
    /* The codec registry (modules/_codecs.c, runtime/codec_err.c): the
     * search functions (list), the CodecInfo found per normalized name
     * (dict) and the error handlers (dict); owned or NULL until used. */
    Object *codec_search, *codec_cache, *codec_errors;
    /* The _decimal module's state (modules/decimal/dec_py.h): a tuple of
     * its context variable, templates and signal classes; owned or NULL. */
    Object *decimal_state;
    /* zoneinfo.ZoneInfo's key caches (modules/_zoneinfo.c): dict key ->
     * weak reference to the zone, and the strong cache, a list of (key,
     * zone) most recent first; owned or NULL until used. */
    Object *zoneinfo_weak, *zoneinfo_strong;
    /* _asyncio (modules/_asyncio.c): dict loop -> the task it is running
     * (owned or NULL until used), and the number of the last task named
     * "Task-N". */
    Object *asyncio_running;
    uint64_t asyncio_task_names;
    /* The running loop (owned or NULL); the first _asyncio Task not done
     * (borrowed: a Task unlinks itself when done or freed); the tasks of
     * other classes given to _register_task (a WeakSet) and to
     * _register_eager_task (a set), owned or NULL until used. */
    Object *asyncio_loop;
    void *asyncio_tasks;
    Object *asyncio_other_tasks, *asyncio_other_eager;
    /* The subjects the re engine widened lately and their copies
     * (modules/re/subject.c), owned or NULL until used. */
    Object *re_subjects;
} Interp;

/* The running thread's current interpreter (NULL between API calls). */
extern THREAD_LOCAL Interp *g_interp;

/* The collector's bookkeeping, inline for the allocation and deallocation
 * paths of the commonest containers; gc.c's Gc_Track, Gc_Untrack and
 * Gc_MaybeCollect are these. */
static inline void Gc_TrackInline(Object *o) {
    GcHead *h = GC_HEAD(o);
    if (h->next) return;
    Interp *in = g_interp;
    GcHead *list = &in->gc_list;
    h->prev = list->prev;
    h->next = list;
    list->prev->next = h;
    list->prev = h;
    in->gc_count++;
}

static inline void Gc_UntrackInline(Object *o) {
    GcHead *h = GC_HEAD(o);
    if (!h->next) return;
    h->prev->next = h->next;
    h->next->prev = h->prev;
    h->next = h->prev = NULL;
    /* an object tracked by another interpreter (or by none, after
     * Gc_UntrackAll) never gets here: it was untracked already */
    g_interp->gc_count--;
}

/* Whether enough containers were allocated for Gc_MaybeCollect to look. */
static inline bool Gc_Due(void) { return g_interp->gc_count > g_interp->gc_threshold; }

/* Guards C recursion (repr of nested containers, slots calling Python code):
 * raises RecursionError "Stack overflow (used N kB){where}" and returns -1
 * when the running thread's C stack is nearly exhausted (runtime/cstack.h).
 * Each successful Enter is paired with a Leave after the nested call, which
 * keeps that call from becoming a jump (a tail call): every level of the
 * recursion then takes stack, and meets the guard where CPython's would. */
static inline int Recursion_Enter(const char *where) { return CStack_Check(where); }
static inline void Recursion_Leave(void) { __asm__ volatile("" ::: "memory"); }

/* Start-up of the process-wide state (types, hash key), once per process
 * whichever thread calls first; -1 if it failed. */
int Runtime_Init(void);
/* True only while Runtime_Init runs: every object made then is shared by
 * all interpreters, so Obj_Alloc makes it immortal (Runtime_KeepForever). */
extern bool Runtime_Starting;
void Runtime_KeepForever(Object *o);

/* An instance of the static, ready GC type t whose fields the caller sets,
 * every one, before anything can allocate: Obj_Alloc's common work without
 * clearing the body (refcnt 1, type t, a cleared GC header, tracked).  The
 * commonest containers (lists, dicts, generators) are made this way.  While
 * the runtime starts, and when the pool has no block, Obj_Alloc's full path
 * (zeroed; NULL with MemoryError). */
static inline Object *Obj_AllocStaticGC(Type *t, size_t size) {
    if (__builtin_expect(Runtime_Starting, 0)) return Obj_Alloc(t, size);
    if (Gc_Due()) Gc_MaybeCollect();
    GcHead *h = Mem_AllocUninit(sizeof(GcHead) + size);
    if (!h) return Obj_Alloc(t, size);
    *h = (GcHead){0};
    Object *o = GC_OBJ(h);
    o->refcnt = 1;
    o->type = t;
    Gc_TrackInline(o);
    return o;
}

/* A new interpreter with builtins and sys loaded; NULL if out of memory.
 * The current interpreter is unchanged. */
Interp *Interp_New(void);
/* An interpreter with no modules: the error state, a GC list and a cache
 * epoch, for the API calls that handle objects outside any interpreter
 * (loading and freeing code, disassembling).  Freed with Interp_Free. */
Interp *Interp_NewBare(void);
/* Frees in; the current interpreter is unchanged (NULL if it was in). */
void Interp_Free(Interp *in);
/* A Type_CacheEpoch value never handed out before (process-wide). */
uint64_t Interp_NewEpoch(void);
/* Releases the running thread's own state (caches, free lists); runs by
 * itself when a thread that used an interpreter ends. */
void Runtime_ThreadExit(void);
/* Makes in (or NULL) the running thread's current interpreter and returns
 * the one it replaces.  The first time a thread gets one, its per-thread
 * state is set up to be released when the thread ends. */
Interp *Interp_Swap(Interp *in);

/* Output streams (runtime/out.c).  Out_Write and Out_Flush never raise:
 * what cannot be written stays buffered (and the final flush reports it).
 * The Checked forms are sys.stdout's write() and flush(): -1 with the
 * OSError of a failed write (BrokenPipeError for a closed pipe), or what a
 * signal handler raised while a write waited. */
int Out_Write(OutStream *s, const char *data, size_t len);
void Out_Flush(OutStream *s);
int Out_WriteChecked(OutStream *s, const char *data, size_t len);
int Out_FlushChecked(OutStream *s);
/* sys.stdout.buffer.write(): the bytes go ahead of pending text. */
int Out_WriteBinaryChecked(OutStream *s, const char *data, size_t len);
/* The pending text joins the byte buffer (TextIOWrapper handing its chunk
 * to the buffer), and the byte buffer alone is written out (the buffer's
 * own flush): the two halves of a flush, for sys.stdout's layers. */
int Out_CommitChecked(OutStream *s);
int Out_FlushBinaryChecked(OutStream *s);
/* Drops what is waiting (a closed stream's buffer). */
void Out_Discard(OutStream *s);
/* The current interpreter's stream of descriptor fd (1 or 2), or NULL. */
static inline OutStream *Out_OfFd(int fd) {
    if (!g_interp) return NULL;
    return fd == 1 ? &g_interp->out : fd == 2 ? &g_interp->err : NULL;
}
#endif
