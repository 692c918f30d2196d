/* Signals: the C handler notes the signal; the owner interpreter runs the
 * Python-level handler at its next safe point (runtime/signals.h). */
#include "runtime/signals.h"
#include "abstract.h"
#include "objects/frameobj.h"
#include "runtime/err.h"
#include "runtime/interp.h"
#include "runtime/trace.h"
#include <errno.h>
#include <pthread.h>
#include <string.h>

volatile sig_atomic_t Signals_Pending;
/* Which signals arrived since their handler last ran. */
static volatile sig_atomic_t tripped[NSIG];

/* The interpreter that handles the process's signals (NULL: none), and the
 * C handlers it replaced. */
static Interp *owner;
static pthread_mutex_t owner_lock = PTHREAD_MUTEX_INITIALIZER;
static const int taken[] = {SIGINT, SIGPIPE, SIGXFSZ};
#define NTAKEN (sizeof taken / sizeof taken[0])
static struct sigaction before[NTAKEN];
static bool installed[NTAKEN];
/* The owner's handlers set by signal.signal() (owned; NULL: never set, so
 * the process's disposition stands, and SIGINT raises KeyboardInterrupt). */
static Object *handlers[NSIG];
/* signal.default_int_handler, once the signal module has made it (owned). */
static Object *default_int_handler;

static void signal_caught(int signum) {
    int saved = errno;
    if (signum > 0 && signum < NSIG) {
        tripped[signum] = 1;
        Signals_Pending = 1;
    }
    errno = saved;
}

/* Installs fn (a C handler, SIG_IGN or SIG_DFL) for signum.  No
 * SA_RESTART: a blocking call returns EINTR, so the Python handler runs
 * (PEP 475: the call is retried afterwards unless the handler raised). */
static int set_handler(int signum, void (*fn)(int), struct sigaction *old) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = fn;
    sa.sa_flags = SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    return sigaction(signum, &sa, old);
}

int Signals_Install(void) {
    pthread_mutex_lock(&owner_lock);
    int r = 0;
    if (owner) {
        r = owner == g_interp ? 0 : -1;
        goto done;
    }
    for (size_t i = 0; i < NTAKEN; i++) {
        int s = taken[i];
        if (sigaction(s, NULL, &before[i]) < 0) continue;
        /* as python: an interrupt ignored by the parent stays ignored */
        if (s == SIGINT && before[i].sa_handler == SIG_IGN) continue;
        void (*fn)(int) = s == SIGINT ? signal_caught : SIG_IGN;
        installed[i] = set_handler(s, fn, NULL) == 0;
    }
    owner = g_interp;
done:
    pthread_mutex_unlock(&owner_lock);
    return r;
}

void Signals_Uninstall(void) {
    pthread_mutex_lock(&owner_lock);
    if (owner && owner == g_interp) {
        for (size_t i = 0; i < NTAKEN; i++) {
            if (installed[i]) sigaction(taken[i], &before[i], NULL);
            installed[i] = false;
        }
        for (int sig = 1; sig < NSIG; sig++) {
            struct sigaction sa;
            if (sig != SIGINT && sigaction(sig, NULL, &sa) == 0 && sa.sa_handler == signal_caught)
                set_handler(sig, SIG_DFL, NULL);
        }
        owner = NULL;
    }
    pthread_mutex_unlock(&owner_lock);
}

void Signals_ReleaseHandlers(void) {
    if (!Signals_IsOwner()) return;
    for (int sig = 1; sig < NSIG; sig++) CLEAR(handlers[sig]);
    CLEAR(default_int_handler);
}

int Signals_RaiseInterrupt(void) {
    Object *exc = Exc_New(Exc_KeyboardInterrupt, NULL, 0);
    if (exc) Err_SetRaised(exc); /* (else MemoryError is set) */
    return -1;
}

/* Runs the handler of signum: a Python callable is called with the signal
 * number and the running frame; SIGINT's default raises KeyboardInterrupt.
 * -1 with the exception. */
static int run_handler(int signum) {
    Object *h = handlers[signum];
    if (!h || h == default_int_handler) return signum == SIGINT ? Signals_RaiseInterrupt() : 0;
    if (!Obj_IsCallable(h)) return 0; /* SIG_DFL or SIG_IGN set after the signal came */
    Object *frame = g_interp->frame ? FrameObj_Get(g_interp->frame) : NEWREF(OBJ_NONE);
    if (!frame) return -1;
    INCREF(h); /* the handler may replace itself */
    Object *args[2] = {SMALL_FROM(signum), frame};
    Object *r = Obj_Call(h, args, 2, NULL);
    DECREF(h);
    DECREF(frame);
    if (!r) return -1;
    DECREF(r);
    return 0;
}

bool Signals_IsOwner(void) { return g_interp && g_interp == owner; }

void Signals_SetDefaultIntHandler(Object *f) {
    if (Signals_IsOwner() && !default_int_handler) default_int_handler = NEWREF(f);
}

Object *Signals_GetHandler(int signum) {
    if (Signals_IsOwner() && handlers[signum]) return NEWREF(handlers[signum]);
    struct sigaction sa;
    if (sigaction(signum, NULL, &sa) < 0) return Err_FromErrno(Exc_OSError);
    if (sa.sa_handler == SIG_DFL) return SMALL_FROM(0);
    if (sa.sa_handler == SIG_IGN) return SMALL_FROM(1);
    if (sa.sa_handler == signal_caught && signum == SIGINT && default_int_handler) return NEWREF(default_int_handler);
    return NEWREF(OBJ_NONE);
}

int Signals_SetHandler(int signum, Object *handler) {
    void (*fn)(int) = handler == SMALL_FROM(0) ? SIG_DFL : handler == SMALL_FROM(1) ? SIG_IGN : signal_caught;
    if (set_handler(signum, fn, NULL) < 0) {
        Err_FromErrno(Exc_OSError);
        return -1;
    }
    SETREF(handlers[signum], NEWREF(handler));
    return 0;
}

int Signals_Run(void) {
    /* held: the interpreter runs its own set-up code (the import machinery
     * loading), which a KeyboardInterrupt must not leave half done; the
     * signal waits for the program's next safe point */
    if (!g_interp || g_interp != owner || g_interp->signals_held) return 0;
    /* stays set while tracing: the plain loop's safe points look for it */
    Signals_Pending = Trace_ActiveCount() > 0;
    for (int s = 1; s < NSIG; s++) {
        if (!tripped[s]) continue;
        tripped[s] = 0;
        if (run_handler(s) < 0) {
            /* the signals not handled yet wait for the next safe point */
            for (int t = s + 1; t < NSIG; t++)
                if (tripped[t]) Signals_Pending = 1;
            return -1;
        }
    }
    return 0;
}
