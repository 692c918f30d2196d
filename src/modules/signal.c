/* The _signal module: signal numbers, handlers written in Python (run at
 * the eval loop's safe points, runtime/signals.c), alarms and interval
 * timers, signal masks.  lib/signal.py wraps it as CPython's signal.py
 * does, with the Signals, Handlers and Sigmasks enumerations. */
#include "abstract.h"
#include "modules/modules.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/signals.h"
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

/* A signal number argument: 1..NSIG-1, else ValueError. */
static int signum_arg(Object *o, int *out) {
    ssize_t v;
    if (Index_AsSsize(o, Exc_OverflowError, &v) < 0) return -1;
    if (v < 1 || v >= NSIG) {
        Err_SetString(Exc_ValueError, "signal number out of range");
        return -1;
    }
    *out = (int)v;
    return 0;
}

static Object *sig_default_int_handler(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Signals_RaiseInterrupt();
    return NULL;
}

static Object *sig_signal(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int s;
    if (signum_arg(args[0], &s) < 0) return NULL;
    if (!Signals_IsOwner()) {
        Err_SetString(Exc_ValueError, "signal only works in main thread of the main interpreter");
        return NULL;
    }
    Object *h = args[1];
    bool disposition = Int_Check(h) && (h == SMALL_FROM(0) || h == SMALL_FROM(1));
    if (!disposition && Int_Check(h)) {
        int64_t v;
        if (Int_AsI64(h, &v) == 0 && (v == 0 || v == 1)) h = SMALL_FROM(v), disposition = true;
        Err_Clear();
    }
    if (!disposition && !Obj_IsCallable(h)) {
        Err_SetString(Exc_TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        return NULL;
    }
    if (s == SIGKILL || s == SIGSTOP) {
        errno = EINVAL;
        return Err_FromErrno(Exc_OSError);
    }
    Object *old = Signals_GetHandler(s);
    if (!old) return NULL;
    if (Signals_SetHandler(s, h) < 0) {
        DECREF(old);
        return NULL;
    }
    return old;
}

static Object *sig_getsignal(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int s;
    if (signum_arg(args[0], &s) < 0) return NULL;
    return Signals_GetHandler(s);
}

static Object *sig_raise_signal(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t s;
    if (Index_AsSsize(args[0], Exc_OverflowError, &s) < 0) return NULL;
    /* the system judges the number */
    if (s < INT_MIN || s > INT_MAX || raise((int)s) != 0) {
        errno = EINVAL;
        return Err_FromErrno(Exc_OSError);
    }
    /* the handler runs now, as CPython's does */
    if (Signals_Run() < 0) return NULL;
    RETURN_NONE;
}

static Object *sig_strsignal(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int s;
    if (signum_arg(args[0], &s) < 0) return NULL;
    const char *text = strsignal(s);
    if (!text || strncmp(text, "Unknown signal", 14) == 0) RETURN_NONE;
    return Str_FromUTF8(text, -1);
}

static Object *sig_alarm(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t secs;
    if (Index_AsSsize(args[0], Exc_OverflowError, &secs) < 0) return NULL;
    return Int_FromI64((int64_t)alarm((unsigned)secs));
}

static Object *sig_pause(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    pause();
    if (Signals_Run() < 0) return NULL;
    RETURN_NONE;
}

/* ---- interval timers ------------------------------------------------------ */

static int seconds_arg(Object *o, double *out) {
    *out = Float_AsDouble(o);
    return *out == -1.0 && Err_Occurred() ? -1 : 0;
}

static void to_timeval(double secs, struct timeval *tv) {
    tv->tv_sec = (time_t)floor(secs);
    tv->tv_usec = (suseconds_t)((secs - floor(secs)) * 1e6);
    /* a positive time shorter than a microsecond still arms the timer */
    if (secs > 0 && tv->tv_sec == 0 && tv->tv_usec == 0) tv->tv_usec = 1;
}

static double from_timeval(const struct timeval *tv) { return (double)tv->tv_sec + (double)tv->tv_usec * 1e-6; }

static Object *itimer_tuple(const struct itimerval *v) {
    Object *a = Float_From(from_timeval(&v->it_value)), *b = Float_From(from_timeval(&v->it_interval));
    Object *t = a && b ? Tuple_Pack(2, a, b) : NULL;
    XDECREF(a);
    XDECREF(b);
    return t;
}

/* (CPython raises signal.ItimerError, a subclass of OSError, here) */
static Object *itimer_fail(void) { return Err_FromErrno(Exc_OSError); }

static Object *sig_setitimer(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t which;
    double value, interval = 0.0;
    if (Index_AsSsize(args[0], Exc_OverflowError, &which) < 0 || seconds_arg(args[1], &value) < 0) return NULL;
    if (nargs > 2 && args[2] && seconds_arg(args[2], &interval) < 0) return NULL;
    struct itimerval nv, old;
    to_timeval(value, &nv.it_value);
    to_timeval(interval, &nv.it_interval);
    if (setitimer((int)which, &nv, &old) != 0) return itimer_fail();
    return itimer_tuple(&old);
}

static Object *sig_getitimer(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t which;
    if (Index_AsSsize(args[0], Exc_OverflowError, &which) < 0) return NULL;
    struct itimerval v;
    if (getitimer((int)which, &v) != 0) return itimer_fail();
    return itimer_tuple(&v);
}

/* ---- signal sets ------------------------------------------------------------ */

static Object *set_from_sigset(const sigset_t *set) {
    Object *r = Set_New(NULL);
    for (int s = 1; r && s < NSIG; s++) {
        if (sigismember(set, s) != 1) continue;
        if (Set_Add(r, SMALL_FROM(s)) < 0) CLEAR(r);
    }
    return r;
}

static int sigset_from_iterable(Object *o, sigset_t *set) {
    sigemptyset(set);
    Object *it = Obj_GetIter(o);
    if (!it) return -1;
    Object *item;
    while ((item = Iter_Next(it))) {
        ssize_t s;
        int r = Index_AsSsize(item, Exc_OverflowError, &s);
        DECREF(item);
        if (r < 0) goto fail;
        if (s < 1 || s >= NSIG) {
            Err_Format(Exc_ValueError, "signal number %zd out of range [1; %d]", s, NSIG - 1);
            goto fail;
        }
        sigaddset(set, (int)s);
    }
    DECREF(it);
    return Err_Occurred() ? -1 : 0;
fail:
    DECREF(it);
    return -1;
}

static Object *sig_valid_signals(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    sigset_t set;
    sigfillset(&set);
    return set_from_sigset(&set);
}

static Object *sig_pthread_sigmask(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    ssize_t how;
    sigset_t set, old;
    if (Index_AsSsize(args[0], Exc_OverflowError, &how) < 0 || sigset_from_iterable(args[1], &set) < 0) return NULL;
    int err = pthread_sigmask((int)how, &set, &old);
    if (err) {
        errno = err;
        return Err_FromErrno(Exc_OSError);
    }
    /* a signal just unblocked runs its handler now */
    if (Signals_Run() < 0) return NULL;
    return set_from_sigset(&old);
}

static Object *sig_sigpending(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    sigset_t set;
    if (sigpending(&set) != 0) return Err_FromErrno(Exc_OSError);
    return set_from_sigset(&set);
}

static const MethodDef signal_functions[] = {
    {"default_int_handler", sig_default_int_handler, 0,
     ARGS("($module, signalnum, frame, /)", "The default handler for SIGINT installed by Python.")},
    {"signal", sig_signal, 0, ARGS("($module, signalnum, handler, /)", "Set the action for the given signal.")},
    {"getsignal", sig_getsignal, 0, ARGS("($module, signalnum, /)", "Return the current action for the given signal.")},
    {"raise_signal", sig_raise_signal, 0, ARGS("($module, signalnum, /)", "Send a signal to the executing process.")},
    {"strsignal", sig_strsignal, 0, ARGS("($module, signalnum, /)", "Return the system description of the given signal.")},
    {"alarm", sig_alarm, 0, ARGS("($module, seconds, /)", "Arrange for SIGALRM to arrive after the given number of seconds.")},
    {"pause", sig_pause, 0, ARGS("($module, /)", "Wait until a signal arrives.")},
    {"setitimer", sig_setitimer, 0,
     ARGS("($module, which, seconds, interval=0.0, /)",
          "Sets given itimer (one of ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF).")},
    {"getitimer", sig_getitimer, 0, ARGS("($module, which, /)", "Returns current value of given itimer.")},
    {"valid_signals", sig_valid_signals, 0,
     ARGS("($module, /)", "Return a set of valid signal numbers on this platform.")},
    {"pthread_sigmask", sig_pthread_sigmask, 0,
     ARGS("($module, how, mask, /)", "Fetch and/or change the signal mask of the calling thread.")},
    {"sigpending", sig_sigpending, 0, ARGS("($module, /)", "Examine pending signals.")},
    {NULL, NULL, 0, NULL},
};

static const struct {
    const char *name;
    int value;
} signal_constants[] = {
    {"NSIG", NSIG}, {"SIG_DFL", 0}, {"SIG_IGN", 1},
    {"SIG_BLOCK", SIG_BLOCK}, {"SIG_UNBLOCK", SIG_UNBLOCK}, {"SIG_SETMASK", SIG_SETMASK},
    {"ITIMER_REAL", ITIMER_REAL}, {"ITIMER_VIRTUAL", ITIMER_VIRTUAL}, {"ITIMER_PROF", ITIMER_PROF},
    {"SIGHUP", SIGHUP}, {"SIGINT", SIGINT}, {"SIGQUIT", SIGQUIT}, {"SIGILL", SIGILL}, {"SIGTRAP", SIGTRAP},
    {"SIGIOT", SIGIOT}, {"SIGABRT", SIGABRT}, {"SIGFPE", SIGFPE}, {"SIGKILL", SIGKILL}, {"SIGBUS", SIGBUS},
    {"SIGSEGV", SIGSEGV}, {"SIGSYS", SIGSYS}, {"SIGPIPE", SIGPIPE}, {"SIGALRM", SIGALRM}, {"SIGTERM", SIGTERM},
    {"SIGUSR1", SIGUSR1}, {"SIGUSR2", SIGUSR2}, {"SIGCLD", SIGCHLD}, {"SIGCHLD", SIGCHLD}, {"SIGPWR", SIGPWR},
    {"SIGIO", SIGIO}, {"SIGPOLL", SIGPOLL}, {"SIGWINCH", SIGWINCH}, {"SIGSTOP", SIGSTOP}, {"SIGTSTP", SIGTSTP},
    {"SIGCONT", SIGCONT}, {"SIGTTIN", SIGTTIN}, {"SIGTTOU", SIGTTOU}, {"SIGURG", SIGURG}, {"SIGVTALRM", SIGVTALRM},
    {"SIGPROF", SIGPROF}, {"SIGXCPU", SIGXCPU}, {"SIGXFSZ", SIGXFSZ}, {"SIGSTKFLT", SIGSTKFLT},
};

int Signal_Init(Object *module) {
    if (Module_AddFunctions(module, signal_functions) < 0) return -1;
    for (size_t i = 0; i < sizeof signal_constants / sizeof *signal_constants; i++) {
        if (Module_AddObjectSteal(module, signal_constants[i].name, SMALL_FROM(signal_constants[i].value)) < 0)
            return -1;
    }
    if (Module_AddObjectSteal(module, "SIGRTMIN", SMALL_FROM(SIGRTMIN)) < 0 ||
        Module_AddObjectSteal(module, "SIGRTMAX", SMALL_FROM(SIGRTMAX)) < 0)
        return -1;
    Object *h = Obj_GetAttrC(module, "default_int_handler");
    if (!h) return -1;
    Signals_SetDefaultIntHandler(h);
    DECREF(h);
    return 0;
}
