/* posix: the process: its ids, signals to others, fork/exec/wait and the
 * wait status helpers, _exit, and what describes the system (cpu_count,
 * uname, times, the terminal's size, umask, strerror, urandom). */
#define _GNU_SOURCE
#include "abstract.h"
#include "modules/posix.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/audit.h"
#include "runtime/err.h"
#include "runtime/interp.h"
#include <limits.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

/* ---- ids ------------------------------------------------------------------------- */

#define ID_FUNC(name, expr)                                                             \
    static Object *posix_##name(Object *m, Object *const *args, size_t nargs, Object *kw) { \
        return Int_FromI64((int64_t)(expr));                                            \
    }
ID_FUNC(getpid, getpid())
ID_FUNC(getppid, getppid())
ID_FUNC(getuid, getuid())
ID_FUNC(geteuid, geteuid())
ID_FUNC(getgid, getgid())
ID_FUNC(getegid, getegid())
ID_FUNC(getpgrp, getpgrp())

static Object *posix_getgroups(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int n = getgroups(0, NULL);
    if (n < 0) return Posix_Error();
    gid_t *groups = malloc(((size_t)n + 1) * sizeof *groups);
    if (!groups) return Err_NoMemory();
    n = getgroups(n, groups);
    Object *list = n < 0 ? Posix_Error() : List_New(0);
    for (int i = 0; list && i < n; i++)
        if (List_AppendSteal(list, Int_FromU64(groups[i])) < 0) CLEAR(list);
    free(groups);
    return list;
}

static Object *posix_getsid(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int pid;
    if (Posix_Int(args[0], &pid) < 0) return NULL;
    pid_t r = getsid(pid);
    return r < 0 ? Posix_Error() : Int_FromI64(r);
}

static Object *posix_setsid(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return setsid() < 0 ? Posix_Error() : NEWREF(OBJ_NONE);
}

static Object *posix_getpgid(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int pid;
    if (Posix_Int(args[0], &pid) < 0) return NULL;
    pid_t r = getpgid(pid);
    return r < 0 ? Posix_Error() : Int_FromI64(r);
}

static Object *posix_setpgid(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int pid, pgrp;
    if (Posix_Int(args[0], &pid) < 0 || Posix_Int(args[1], &pgrp) < 0) return NULL;
    return setpgid(pid, pgrp) < 0 ? Posix_Error() : NEWREF(OBJ_NONE);
}

static Object *posix_setpgrp(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return setpgid(0, 0) < 0 ? Posix_Error() : NEWREF(OBJ_NONE);
}

/* set*id(id, ...): each argument a uid or gid (what), -1 for "unchanged". */
#define SETID_FUNC(name, what, n, call)                                                     \
    static Object *posix_##name(Object *m, Object *const *args, size_t nargs, Object *kw) { \
        unsigned id[3] = {0, 0, 0};                                                         \
        for (int i = 0; i < (n); i++)                                                       \
            if (Posix_Id(args[i], what, &id[i]) < 0) return NULL;                           \
        return (call) < 0 ? Posix_Error() : NEWREF(OBJ_NONE);                               \
    }
SETID_FUNC(setuid, "uid", 1, setuid(id[0]))
SETID_FUNC(setgid, "gid", 1, setgid(id[0]))
SETID_FUNC(seteuid, "uid", 1, seteuid(id[0]))
SETID_FUNC(setegid, "gid", 1, setegid(id[0]))
SETID_FUNC(setreuid, "uid", 2, setreuid(id[0], id[1]))
SETID_FUNC(setregid, "gid", 2, setregid(id[0], id[1]))
SETID_FUNC(setresuid, "uid", 3, setresuid(id[0], id[1], id[2]))
SETID_FUNC(setresgid, "gid", 3, setresgid(id[0], id[1], id[2]))

static Object *three_ids(unsigned a, unsigned b, unsigned c) {
    Object *x = Int_FromU64(a), *y = Int_FromU64(b), *z = Int_FromU64(c);
    Object *r = x && y && z ? Tuple_Pack(3, x, y, z) : NULL;
    XDECREF(x);
    XDECREF(y);
    XDECREF(z);
    return r;
}

static Object *posix_getresuid(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    uid_t r, e, s;
    return getresuid(&r, &e, &s) < 0 ? Posix_Error() : three_ids(r, e, s);
}

static Object *posix_getresgid(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    gid_t r, e, s;
    return getresgid(&r, &e, &s) < 0 ? Posix_Error() : three_ids(r, e, s);
}

/* ---- priorities ----------------------------------------------------------------------- */

static Object *posix_getpriority(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int which, who;
    if (Posix_Int(args[0], &which) < 0 || Posix_Int(args[1], &who) < 0) return NULL;
    errno = 0;
    int r = getpriority(which, (id_t)who);
    return r == -1 && errno ? Posix_Error() : Int_FromI64(r);
}

static Object *posix_setpriority(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int which, who, prio;
    if (Posix_Int(args[0], &which) < 0 || Posix_Int(args[1], &who) < 0 || Posix_Int(args[2], &prio) < 0)
        return NULL;
    return setpriority(which, (id_t)who, prio) < 0 ? Posix_Error() : NEWREF(OBJ_NONE);
}

static Object *posix_nice(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int inc;
    if (Posix_Int(args[0], &inc) < 0) return NULL;
    errno = 0;
    int r = nice(inc);
    return r == -1 && errno ? Posix_Error() : Int_FromI64(r);
}

/* ---- the terminal and the login ----------------------------------------------------------- */

static Object *posix_ttyname(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int fd;
    if (Posix_Fd(args[0], &fd) < 0) return NULL;
    char buf[256];
    int e = ttyname_r(fd, buf, sizeof buf);
    if (e) {
        errno = e;
        return Posix_Error();
    }
    return Posix_DecodeFS(buf, -1);
}

static Object *posix_ctermid(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    char buf[L_ctermid];
    if (!ctermid(buf)) return Posix_Error();
    return Posix_DecodeFS(buf, -1);
}

static Object *posix_getlogin(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    errno = 0;
    const char *name = getlogin();
    if (!name) {
        if (errno) return Posix_Error();
        Err_SetString(Exc_OSError, "unable to determine login name");
        return NULL;
    }
    return Posix_DecodeFS(name, -1);
}

static Object *posix_tcgetpgrp(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int fd;
    if (Posix_Fd(args[0], &fd) < 0) return NULL;
    pid_t r = tcgetpgrp(fd);
    return r < 0 ? Posix_Error() : Int_FromI64(r);
}

static Object *posix_tcsetpgrp(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int fd, pgid;
    if (Posix_Fd(args[0], &fd) < 0 || Posix_Int(args[1], &pgid) < 0) return NULL;
    return tcsetpgrp(fd, pgid) < 0 ? Posix_Error() : NEWREF(OBJ_NONE);
}

/* ---- signals, fork, exec, wait ------------------------------------------------------ */

static Object *posix_kill(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int pid, sig;
    if (Posix_Int(args[0], &pid) < 0 || Posix_Int(args[1], &sig) < 0 || Audit_Eventf("os.kill", "ii", pid, sig) < 0)
        return NULL;
    if (kill(pid, sig) < 0) return Posix_Error();
    if (Posix_CheckSignals() < 0) return NULL;   /* a signal sent to ourselves is handled now */
    return NEWREF(OBJ_NONE);
}

static Object *posix_killpg(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int pgid, sig;
    if (Posix_Int(args[0], &pgid) < 0 || Posix_Int(args[1], &sig) < 0 ||
        Audit_Eventf("os.killpg", "ii", pgid, sig) < 0)
        return NULL;
    return killpg(pgid, sig) < 0 ? Posix_Error() : NEWREF(OBJ_NONE);
}

/* pidfd_open(pid, flags=0): a descriptor that becomes readable when the process ends.
   The system call goes through syscall(), which every libc has. */
static Object *posix_pidfd_open(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int pid;
    int64_t flags = 0;
    if (Posix_Int(args[0], &pid) < 0) return NULL;
    if (args[1] && Posix_I64(args[1], &flags) < 0) {
        if (!Err_Matches((Type *)Exc_OverflowError)) return NULL;
        Err_Clear();
        flags = (int64_t)UINT_MAX + 1;
    }
    if (flags < 0 || flags > UINT_MAX) {   /* an unsigned int, as CPython converts it */
        Err_SetString(flags < 0 ? Exc_ValueError : Exc_OverflowError,
                      flags < 0 ? "Cannot convert negative int" : "Python int too large for C unsigned int");
        return NULL;
    }
    long fd = syscall(SYS_pidfd_open, (pid_t)pid, (unsigned int)flags);
    if (fd < 0) return Posix_Error();
    return Int_FromI64(fd);
}

/* ---- os.register_at_fork ---------------------------------------------------------------- */

enum { AT_FORK_BEFORE, AT_FORK_CHILD, AT_FORK_PARENT };

/* register_at_fork(*, before, after_in_child, after_in_parent): the
 * callables go on the interpreter's lists. */
static Object *posix_register_at_fork(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    static const char *const names[3] = {"before", "after_in_child", "after_in_parent"};
    if (!args[0] && !args[1] && !args[2]) {
        Err_SetString(Exc_TypeError, "At least one argument is required.");
        return NULL;
    }
    for (int i = 0; i < 3; i++) {
        if (args[i] && !Obj_IsCallable(args[i])) {
            Err_Format(Exc_TypeError, "'%s' must be callable, not %s", names[i], TYPE_NAME(args[i]));
            return NULL;
        }
    }
    for (int i = 0; i < 3; i++) {
        if (!args[i]) continue;
        Object **list = &g_interp->at_fork[i];
        if (!*list && !(*list = List_New(0))) return NULL;
        if (List_Append(*list, args[i]) < 0) return NULL;
    }
    return NEWREF(OBJ_NONE);
}

/* Calls the hooks of one list (the "before" ones last registered first);
 * an exception is reported and the others still run. */
static void run_at_fork(int which) {
    Object *list = g_interp->at_fork[which];
    if (!list) return;
    INCREF(list);   /* a hook may register more */
    ssize_t n = LIST_LEN(list);
    for (ssize_t k = 0; k < n && k < LIST_LEN(list); k++) {
        Object *f = LIST_GET(list, which == AT_FORK_BEFORE ? n - 1 - k : k);
        INCREF(f);
        Object *r = Obj_CallNoArgs(f);
        if (r)
            DECREF(r);
        else
            Err_WriteUnraisable("in atfork callback", f);
        DECREF(f);
    }
    DECREF(list);
}

static Object *posix_fork(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    if (Audit_Eventf("os.fork", "") < 0) return NULL;
    run_at_fork(AT_FORK_BEFORE);
    pid_t pid = fork();
    int e = errno;
    if (pid == 0) CLEAR(g_interp->asyncio_loop); /* a child runs no event loop (as CPython's asyncio resets it) */
    if (pid >= 0) run_at_fork(pid == 0 ? AT_FORK_CHILD : AT_FORK_PARENT);
    else run_at_fork(AT_FORK_PARENT);
    errno = e;
    return pid < 0 ? Posix_Error() : Int_FromI64(pid);
}

static Object *posix__exit(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int status;
    if (Posix_Int(args[0], &status) < 0) return NULL;
    _exit(status);
}

char **Posix_PathArray(const char *func, Object *seq, Object **owner) {
    ssize_t n = List_Check(seq) ? LIST_LEN(seq) : TUPLE_LEN(seq);
    char **out = calloc((size_t)n + 1, sizeof *out);
    *owner = List_New(0);
    if (!out || !*owner) {
        free(out);
        CLEAR(*owner);
        Err_NoMemory();
        return NULL;
    }
    for (ssize_t i = 0; i < n; i++) {
        Object *item = List_Check(seq) ? LIST_GET(seq, i) : TUPLE_GET(seq, i);
        PathArg p = PATH_ARG(func, "args", false, false);
        if (Path_ConvertFS(item, &p) < 0 || List_Append(*owner, p.bytes) < 0) {
            Path_Release(&p);
            free(out);
            CLEAR(*owner);
            return NULL;
        }
        out[i] = (char *)BYTES_DATA(p.bytes);
        Path_Release(&p);
    }
    return out;
}

/* The environment of execve: "key=value" for each item of a mapping. */
static char **env_array(Object *env, Object **owner) {
    Object *keys = Obj_CallMethodC(env, "keys", NULL, 0);
    Object *list = keys ? List_FromIterable(keys) : NULL;
    XDECREF(keys);
    if (!list) return NULL;
    Object *pairs = List_New(0);
    char **out = pairs ? calloc((size_t)LIST_LEN(list) + 1, sizeof *out) : NULL;
    if (!out) goto fail;
    for (ssize_t i = 0; i < LIST_LEN(list); i++) {
        Object *k = LIST_GET(list, i);
        Object *v = Obj_GetItem(env, k);
        PathArg pk = PATH_ARG("execve", "env", false, false), pv = PATH_ARG("execve", "env", false, false);
        int bad = !v || Path_ConvertFS(k, &pk) < 0 || Path_ConvertFS(v, &pv) < 0;
        if (!bad && (!pk.narrow[0] || strchr(pk.narrow + 1, '='))) {
            Err_SetString(Exc_ValueError, "illegal environment variable name");
            bad = 1;
        }
        Object *pair = NULL;
        if (!bad) {
            Object *eq = Bytes_From("=", 1), *kv = eq ? Obj_BinaryOp(pk.bytes, eq, NB_ADD) : NULL;
            pair = kv ? Obj_BinaryOp(kv, pv.bytes, NB_ADD) : NULL;
            XDECREF(eq);
            XDECREF(kv);
        }
        XDECREF(v);
        Path_Release(&pk);
        Path_Release(&pv);
        if (!pair || List_AppendSteal(pairs, pair) < 0) goto fail;
        out[i] = (char *)BYTES_DATA(pair);
    }
    DECREF(list);
    *owner = pairs;
    return out;
fail:
    if (!out && !Err_Occurred()) Err_NoMemory();
    free(out);
    DECREF(list);
    XDECREF(pairs);
    return NULL;
}

static Object *do_exec(const char *func, Object *path, Object *argv, Object *env) {
    if (!List_Check(argv) && !Tuple_Check(argv)) {
        Err_Format(Exc_TypeError, "%s() arg 2 must be a tuple or list", func);
        return NULL;
    }
    if ((List_Check(argv) ? LIST_LEN(argv) : TUPLE_LEN(argv)) == 0) {
        Err_Format(Exc_ValueError, "%s() arg 2 must not be empty", func);
        return NULL;
    }
    if (env && !Obj_HasAttrC(env, "keys")) {
        Err_SetString(Exc_TypeError, "execve: environment must be a mapping object");
        return NULL;
    }
    PathArg p = PATH_ARG(func, "path", env != NULL, false);
    Object *argv_owner = NULL, *env_owner = NULL;
    char **cargv = NULL, **cenv = NULL;
    if (Path_Convert(path, &p) < 0 || !(cargv = Posix_PathArray(func, argv, &argv_owner))) goto done;
    if (!cargv[0][0]) {
        Err_Format(Exc_ValueError, "%s() arg 2 first element cannot be empty", func);
        goto done;
    }
    if (env && !(cenv = env_array(env, &env_owner))) goto done;
    if (Audit_Eventf("os.exec", "OOO", p.object, argv, env) < 0) goto done;
    if (!p.narrow)
        fexecve(p.fd, cargv, cenv);
    else if (cenv)
        execve(p.narrow, cargv, cenv);
    else
        execv(p.narrow, cargv);
    Posix_Error();
done:
    free(cargv);
    free(cenv);
    XDECREF(argv_owner);
    XDECREF(env_owner);
    Path_Release(&p);
    return NULL;
}

/* system(command): runs command through /bin/sh and gives its wait status. */
static Object *posix_system(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    PathArg c = PATH_ARG("system", "command", false, false);
    Object *result = NULL;
    if (Path_ConvertFS(args[0], &c) == 0 && Audit_Eventf("os.system", "O", c.bytes ? c.bytes : c.object) == 0) {
        int status = system(c.narrow);
        result = status == -1 ? Posix_Error() : Int_FromI64(status);
    }
    Path_Release(&c);
    return result;
}

static Object *posix_execv(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return do_exec("execv", args[0], args[1], NULL);
}

static Object *posix_execve(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return do_exec("execve", args[0], args[1], args[2]);
}

static Object *wait_result(pid_t pid, int status) {
    if (pid < 0) return Posix_Error();
    Object *a = Int_FromI64(pid), *b = Int_FromI64(status);
    Object *r = a && b ? Tuple_Pack(2, a, b) : NULL;
    XDECREF(a);
    XDECREF(b);
    return r;
}

static Object *posix_waitpid(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int pid, options, status = 0;
    pid_t r;
    if (Posix_Int(args[0], &pid) < 0 || Posix_Int(args[1], &options) < 0) return NULL;
    POSIX_RETRY(r, waitpid(pid, &status, options));
    return wait_result(r, status);
}

static Object *posix_wait(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int status = 0;
    pid_t r;
    POSIX_RETRY(r, wait(&status));
    return wait_result(r, status);
}

static const StructSeqField waitid_fields[] = {
    {"si_pid", NULL}, {"si_uid", NULL}, {"si_signo", NULL}, {"si_status", NULL}, {"si_code", NULL}, {NULL, NULL},
};
StructSeqType Posix_WaitidType = STRUCTSEQ_TYPE(
    "posix.waitid_result",
    "waitid_result: Result from waitid.\n\n"
    "This object may be accessed either as a tuple of\n"
    "  (si_pid, si_uid, si_signo, si_status, si_code),\n"
    "or via the attributes si_pid, si_uid, and so on.\n\n"
    "See os.waitid for more information.",
    waitid_fields, 5, true);

/* waitid(idtype, id, options): None when WNOHANG found no child. */
static Object *posix_waitid(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int idtype, options, r;
    int64_t id;
    if (Posix_Int(args[0], &idtype) < 0 || Posix_I64(args[1], &id) < 0 || Posix_Int(args[2], &options) < 0)
        return NULL;
    siginfo_t si;
    si.si_pid = 0;
    POSIX_RETRY(r, waitid((idtype_t)idtype, (id_t)id, &si, options));
    if (r < 0) return Posix_Error();
    if (si.si_pid == 0) return NEWREF(OBJ_NONE);
    Object *items[5] = {Int_FromI64(si.si_pid), Int_FromU64(si.si_uid), Int_FromI64(si.si_signo),
                        Int_FromI64(si.si_status), Int_FromI64(si.si_code)};
    return StructSeq_New(&Posix_WaitidType, items);
}

#define STATUS_FUNC(name, expr, make)                                                      \
    static Object *posix_##name(Object *m, Object *const *args, size_t nargs, Object *kw) { \
        int status;                                                                        \
        if (Posix_Int(args[0], &status) < 0) return NULL;                                  \
        return make(expr);                                                                 \
    }
#define MAKE_BOOL(x) NEWREF(Bool_From(x))
#define MAKE_INT(x) Int_FromI64(x)
STATUS_FUNC(WIFEXITED, WIFEXITED(status), MAKE_BOOL)
STATUS_FUNC(WEXITSTATUS, WEXITSTATUS(status), MAKE_INT)
STATUS_FUNC(WIFSIGNALED, WIFSIGNALED(status), MAKE_BOOL)
STATUS_FUNC(WTERMSIG, WTERMSIG(status), MAKE_INT)
STATUS_FUNC(WIFSTOPPED, WIFSTOPPED(status), MAKE_BOOL)
STATUS_FUNC(WSTOPSIG, WSTOPSIG(status), MAKE_INT)
STATUS_FUNC(WCOREDUMP, WCOREDUMP(status), MAKE_BOOL)
STATUS_FUNC(WIFCONTINUED, WIFCONTINUED(status), MAKE_BOOL)

static Object *posix_waitstatus_to_exitcode(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int status;
    if (Posix_Int(args[0], &status) < 0) return NULL;
    if (WIFEXITED(status)) return Int_FromI64(WEXITSTATUS(status));
    if (WIFSIGNALED(status)) return Int_FromI64(-WTERMSIG(status));
    if (WIFSTOPPED(status))
        Err_Format(Exc_ValueError, "process stopped by delivery of signal %d", WSTOPSIG(status));
    else
        Err_Format(Exc_ValueError, "invalid wait status: %d", status);
    return NULL;
}

/* ---- the system ----------------------------------------------------------------------- */

static Object *posix_cpu_count(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? NEWREF(OBJ_NONE) : Int_FromI64(n);
}

static const StructSeqField terminal_size_fields[] = {
    {"columns", "width of the terminal window in characters"},
    {"lines", "height of the terminal window in characters"},
    {NULL, NULL},
};
StructSeqType Posix_TerminalSizeType =
    STRUCTSEQ_TYPE("os.terminal_size", "A tuple of (columns, lines) for holding terminal window size",
                   terminal_size_fields, 2, true);

static const StructSeqField uname_fields[] = {
    {"sysname", "operating system name"},
    {"nodename", "name of machine on network (implementation-defined)"},
    {"release", "operating system release"},
    {"version", "operating system version"},
    {"machine", "hardware identifier"},
    {NULL, NULL},
};
StructSeqType Posix_UnameType = STRUCTSEQ_TYPE(
    "posix.uname_result",
    "uname_result: Result from os.uname().\n\n"
    "This object may be accessed either as a tuple of\n"
    "  (sysname, nodename, release, version, machine),\n"
    "or via the attributes sysname, nodename, release, version, and machine.\n\n"
    "See os.uname for more information.",
    uname_fields, 5, true);

static const StructSeqField times_fields[] = {
    {"user", "user time"},
    {"system", "system time"},
    {"children_user", "user time of children"},
    {"children_system", "system time of children"},
    {"elapsed", "elapsed time since an arbitrary point in the past"},
    {NULL, NULL},
};
StructSeqType Posix_TimesType = STRUCTSEQ_TYPE(
    "posix.times_result",
    "times_result: Result from os.times().\n\n"
    "This object may be accessed either as a tuple of\n"
    "  (user, system, children_user, children_system, elapsed),\n"
    "or via the attributes user, system, children_user, children_system,\n"
    "and elapsed.\n\n"
    "See os.times for more information.",
    times_fields, 5, true);

static Object *posix_get_terminal_size(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int fd = STDOUT_FILENO;
    if (nargs > 0 && Posix_Int(args[0], &fd) < 0) return NULL;
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) < 0) return Posix_Error();
    Object *items[2] = {Int_FromI64(w.ws_col), Int_FromI64(w.ws_row)};
    return StructSeq_New(&Posix_TerminalSizeType, items);
}

static Object *posix_uname(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    struct utsname u;
    if (uname(&u) < 0) return Posix_Error();
    Object *items[5] = {Posix_DecodeFS(u.sysname, -1), Posix_DecodeFS(u.nodename, -1), Posix_DecodeFS(u.release, -1),
                        Posix_DecodeFS(u.version, -1), Posix_DecodeFS(u.machine, -1)};
    return StructSeq_New(&Posix_UnameType, items);
}

static Object *posix_times(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    struct tms t;
    clock_t c = times(&t);
    if (c == (clock_t)-1) return Posix_Error();
    double tick = (double)sysconf(_SC_CLK_TCK);
    Object *items[5] = {Float_From((double)t.tms_utime / tick), Float_From((double)t.tms_stime / tick),
                        Float_From((double)t.tms_cutime / tick), Float_From((double)t.tms_cstime / tick),
                        Float_From((double)c / tick)};
    return StructSeq_New(&Posix_TimesType, items);
}

static Object *posix_umask(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int mask;
    if (Posix_Int(args[0], &mask) < 0) return NULL;
    return Int_FromI64(umask((mode_t)mask));
}

static Object *posix_strerror(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int code;
    if (Posix_Int(args[0], &code) < 0) return NULL;
    return Posix_DecodeFS(strerror(code), -1);
}

static Object *posix_urandom(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int64_t size;
    if (Posix_I64(args[0], &size) < 0) return NULL;
    if (size < 0) {
        Err_SetString(Exc_ValueError, "negative argument not allowed");
        return NULL;
    }
    Object *b = Bytes_From(NULL, size);
    for (ssize_t done = 0; b && done < size;) {
        ssize_t n = getrandom(BYTES_DATA(b) + done, (size_t)(size - done), 0);
        if (n < 0) {
            if (errno == EINTR && Posix_CheckSignals() == 0) continue;
            CLEAR(b);
            Posix_Error();
            break;
        }
        done += n;
    }
    return b;
}

static Object *posix_sched_getaffinity(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int pid;
    if (Posix_Int(args[0], &pid) < 0) return NULL;
    cpu_set_t set;
    if (sched_getaffinity(pid, sizeof set, &set) < 0) return Posix_Error();
    Object *r = Set_New(NULL);
    for (int cpu = 0; r && cpu < CPU_SETSIZE; cpu++)
        if (CPU_ISSET(cpu, &set) && Set_Add(r, SMALL_FROM(cpu)) < 0) CLEAR(r);
    return r;
}

static Object *posix_getrandom(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int64_t size;
    int flags = 0;
    if (Posix_I64(args[0], &size) < 0 || (args[1] && Posix_Int(args[1], &flags) < 0)) return NULL;
    if (size < 0) {
        errno = EINVAL;
        return Posix_Error();
    }
    Object *b = Bytes_From(NULL, size);
    ssize_t n = -1;
    if (b) POSIX_RETRY(n, getrandom(BYTES_DATA(b), (size_t)size, (unsigned)flags));
    if (!b || n < 0) {
        XDECREF(b);
        return b ? Posix_Error() : NULL;
    }
    if (n == size) return b;
    Object *r = Bytes_From(BYTES_DATA(b), n);
    DECREF(b);
    return r;
}

static Object *posix_getloadavg(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    double l[3];
    if (getloadavg(l, 3) != 3) {
        Err_SetString(Exc_OSError, "Load averages are unobtainable");
        return NULL;
    }
    Object *a = Float_From(l[0]), *b = Float_From(l[1]), *c = Float_From(l[2]);
    Object *r = a && b && c ? Tuple_Pack(3, a, b, c) : NULL;
    XDECREF(a);
    XDECREF(b);
    XDECREF(c);
    return r;
}

static Object *posix_sched_yield(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    sched_yield();
    return NEWREF(OBJ_NONE);
}

static Object *posix_abort(Object *m, Object *const *args, size_t nargs, Object *kwnames) { abort(); }

const MethodDef PosixProc_Functions[] = {
    {"getpid", posix_getpid, 0, ARGS("($module, /)", "Return the current process id.")},
    {"getppid", posix_getppid, 0, ARGS("($module, /)", "Return the parent's process id.")},
    {"getuid", posix_getuid, 0, ARGS("($module, /)", "Return the current process's user id.")},
    {"geteuid", posix_geteuid, 0, ARGS("($module, /)", "Return the current process's effective user id.")},
    {"getgid", posix_getgid, 0, ARGS("($module, /)", "Return the current process's group id.")},
    {"getegid", posix_getegid, 0, ARGS("($module, /)", "Return the current process's effective group id.")},
    {"getpgrp", posix_getpgrp, 0, ARGS("($module, /)", "Return the current process group id.")},
    {"getgroups", posix_getgroups, 0, ARGS("($module, /)", "Return list of supplemental group IDs for the process.")},
    {"getsid", posix_getsid, 0, ARGS("($module, pid, /)", "Call the system call getsid(pid) and return the result.")},
    {"setsid", posix_setsid, 0, ARGS("($module, /)", "Call the system call setsid().")},
    {"kill", posix_kill, 0, ARGS("($module, pid, signal, /)", "Kill a process with a signal.")},
    {"pidfd_open", posix_pidfd_open, 0,
     ARGS("($module, /, pid, flags=0)",
          "Return a file descriptor referring to the process *pid*.\n\n"
          "The descriptor can be used to perform process management without races\nand signals.")},
    {"killpg", posix_killpg, 0, ARGS("($module, pgid, signal, /)", "Kill a process group with a signal.")},
    {"fork", posix_fork, 0, ARGS("($module, /)", "Fork a child process.")},
    {"system", posix_system, 0, ARGS("($module, /, command)", "Execute the command in a subshell.")},
    {"register_at_fork", posix_register_at_fork, 0,
     ARGS("($module, /, *, before=<unrepresentable>,\n                 after_in_child=<unrepresentable>,\n"
          "                 after_in_parent=<unrepresentable>)",
          "Register callables to be called when forking a new process.")},
    {"execv", posix_execv, 0,
     ARGS("($module, path, argv, /)", "Execute an executable path with arguments, replacing current process.")},
    {"execve", posix_execve, 0,
     ARGS("($module, /, path, argv, env)", "Execute an executable path with arguments, replacing current process.")},
    {"waitpid", posix_waitpid, 0, ARGS("($module, pid, options, /)", "Wait for completion of a given child process.")},
    {"wait", posix_wait, 0, ARGS("($module, /)", "Wait for completion of a child process.")},
    {"WIFEXITED", posix_WIFEXITED, 0,
     ARGS("($module, /, status)", "Return True if the process returning status exited via the exit() system call.")},
    {"WEXITSTATUS", posix_WEXITSTATUS, 0, ARGS("($module, /, status)", "Return the process return code from status.")},
    {"WIFSIGNALED", posix_WIFSIGNALED, 0,
     ARGS("($module, /, status)", "Return True if the process returning status was terminated by a signal.")},
    {"WTERMSIG", posix_WTERMSIG, 0,
     ARGS("($module, /, status)",
          "Return the signal that terminated the process that provided the status value.")},
    {"WIFSTOPPED", posix_WIFSTOPPED, 0,
     ARGS("($module, /, status)", "Return True if the process returning status was stopped.")},
    {"WSTOPSIG", posix_WSTOPSIG, 0,
     ARGS("($module, /, status)", "Return the signal that stopped the process that provided the status value.")},
    {"WCOREDUMP", posix_WCOREDUMP, 0,
     ARGS("($module, status, /)", "Return True if the process returning status was dumped to a core file.")},
    {"WIFCONTINUED", posix_WIFCONTINUED, 0,
     ARGS("($module, /, status)",
          "Return True if a particular process was continued from a job control stop.")},
    {"waitstatus_to_exitcode", posix_waitstatus_to_exitcode, 0,
     ARGS("($module, /, status)", "Convert a wait status to an exit code.")},
    {"_exit", posix__exit, 0,
     ARGS("($module, /, status)", "Exit to the system with specified status, without normal exit processing.")},
    {"abort", posix_abort, 0, ARGS("($module, /)", "Abort the interpreter immediately.")},
    {"cpu_count", posix_cpu_count, 0, ARGS("($module, /)", "Return the number of logical CPUs in the system.")},
    {"get_terminal_size", posix_get_terminal_size, 0,
     ARGS("($module, fd=<unrepresentable>, /)", "Return the size of the terminal window as (columns, lines).")},
    {"uname", posix_uname, 0, ARGS("($module, /)", "Return an object identifying the current operating system.")},
    {"times", posix_times, 0, ARGS("($module, /)", "Return a collection containing process timing information.")},
    {"umask", posix_umask, 0, ARGS("($module, mask, /)", "Set the current numeric umask and return the previous umask.")},
    {"strerror", posix_strerror, 0, ARGS("($module, code, /)", "Translate an error code to a message string.")},
    {"urandom", posix_urandom, 0,
     ARGS("($module, size, /)", "Return a bytes object containing random bytes suitable for cryptographic use.")},
    {"getrandom", posix_getrandom, 0, ARGS("($module, /, size, flags=0)", "Obtain a series of random bytes.")},
    {"getloadavg", posix_getloadavg, 0, ARGS("($module, /)", "Return average recent system load information.")},
    {"sched_yield", posix_sched_yield, 0, ARGS("($module, /)", "Voluntarily relinquish the CPU.")},
    {"sched_getaffinity", posix_sched_getaffinity, 0,
     ARGS("($module, pid, /)",
          "Return the affinity of the process identified by pid (or the current process if zero).")},
    {"waitid", posix_waitid, 0,
     ARGS("($module, idtype, id, options, /)", "Returns the result of waiting for a process or processes.")},
    {"getpgid", posix_getpgid, 0, ARGS("($module, /, pid)", "Call the system call getpgid(), and return the result.")},
    {"setpgid", posix_setpgid, 0, ARGS("($module, pid, pgrp, /)", "Call the system call setpgid(pid, pgrp).")},
    {"setpgrp", posix_setpgrp, 0, ARGS("($module, /)", "Make the current process the leader of its process group.")},
    {"setuid", posix_setuid, 0, ARGS("($module, uid, /)", "Set the current process's user id.")},
    {"setgid", posix_setgid, 0, ARGS("($module, gid, /)", "Set the current process's group id.")},
    {"seteuid", posix_seteuid, 0, ARGS("($module, euid, /)", "Set the current process's effective user id.")},
    {"setegid", posix_setegid, 0, ARGS("($module, egid, /)", "Set the current process's effective group id.")},
    {"setreuid", posix_setreuid, 0,
     ARGS("($module, ruid, euid, /)", "Set the current process's real and effective user ids.")},
    {"setregid", posix_setregid, 0,
     ARGS("($module, rgid, egid, /)", "Set the current process's real and effective group ids.")},
    {"setresuid", posix_setresuid, 0,
     ARGS("($module, ruid, euid, suid, /)", "Set the current process's real, effective, and saved user ids.")},
    {"setresgid", posix_setresgid, 0,
     ARGS("($module, rgid, egid, sgid, /)", "Set the current process's real, effective, and saved group ids.")},
    {"getresuid", posix_getresuid, 0,
     ARGS("($module, /)", "Return a tuple of the current process's real, effective, and saved user ids.")},
    {"getresgid", posix_getresgid, 0,
     ARGS("($module, /)", "Return a tuple of the current process's real, effective, and saved group ids.")},
    {"getpriority", posix_getpriority, 0, ARGS("($module, /, which, who)", "Return program scheduling priority.")},
    {"setpriority", posix_setpriority, 0,
     ARGS("($module, /, which, who, priority)", "Set program scheduling priority.")},
    {"nice", posix_nice, 0,
     ARGS("($module, increment, /)", "Add increment to the priority of process and return the new priority.")},
    {"ttyname", posix_ttyname, 0,
     ARGS("($module, fd, /)", "Return the name of the terminal device connected to 'fd'.")},
    {"ctermid", posix_ctermid, 0,
     ARGS("($module, /)", "Return the name of the controlling terminal for this process.")},
    {"getlogin", posix_getlogin, 0, ARGS("($module, /)", "Return the actual login name.")},
    {"tcgetpgrp", posix_tcgetpgrp, 0,
     ARGS("($module, fd, /)", "Return the process group associated with the terminal specified by fd.")},
    {"tcsetpgrp", posix_tcsetpgrp, 0,
     ARGS("($module, fd, pgid, /)", "Set the process group associated with the terminal specified by fd.")},
    {NULL, NULL, 0, NULL},
};

int PosixProc_Ready(void) {
    if (StructSeq_Ready(&Posix_TerminalSizeType) < 0 || StructSeq_Ready(&Posix_UnameType) < 0 ||
        StructSeq_Ready(&Posix_WaitidType) < 0)
        return -1;
    return StructSeq_Ready(&Posix_TimesType);
}

int PosixProc_Init(Object *module) {
    if (Module_AddObject(module, "terminal_size", (Object *)&Posix_TerminalSizeType) < 0 ||
        Module_AddObject(module, "uname_result", (Object *)&Posix_UnameType) < 0 ||
        Module_AddObject(module, "waitid_result", (Object *)&Posix_WaitidType) < 0)
        return -1;
    return Module_AddObject(module, "times_result", (Object *)&Posix_TimesType);
}
