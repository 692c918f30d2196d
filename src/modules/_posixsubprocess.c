/* _posixsubprocess: fork_exec, the one call under subprocess.Popen.  The
 * parent prepares everything the child needs (C arrays of the arguments,
 * the environment and the programs to try); between fork and exec the
 * child uses only async-signal-safe calls (preexec_fn aside, which runs
 * Python code there at the caller's risk).  A failure in the child is
 * written to errpipe_write as "ExceptionName:hex errno:detail", the child
 * exits with 255, and subprocess.py raises the exception in the parent;
 * errpipe_write is close-on-exec, so a successful exec closes it empty. */
#define _GNU_SOURCE
#include "abstract.h"
#include "modules/modules.h"
#include "modules/posix.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include <fcntl.h>
#include <grp.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

/* What the child needs, all of it made before fork. */
typedef struct ChildSpec {
    char **argv, **envp, **programs; /* envp NULL: inherit */
    const char *cwd;                 /* NULL: stay */
    int p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipe_write;
    const int *keep_fds; /* pass_fds, sorted */
    size_t nkeep;
    bool close_fds, restore_signals, call_setsid;
    int pgid_to_set, child_umask, max_fd;
    bool set_gid, set_uid, set_groups;
    gid_t gid;
    uid_t uid;
    gid_t *groups;
    size_t ngroups;
    Object *preexec_fn; /* borrowed; NULL for none */
} ChildSpec;

/* ---- the child (async-signal-safe) --------------------------------------------- */

static void write_all(int fd, const char *s, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, s, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return;
        s += w;
        n -= (size_t)w;
    }
}

/* Reports "type:errno in hex:detail" to the parent and ends the child. */
static _Noreturn void child_fail(const ChildSpec *s, const char *type, int err, const char *detail) {
    char hex[2 * sizeof(int) + 1];
    size_t n = 0;
    char digits[2 * sizeof(int)];
    unsigned u = (unsigned)err;
    do {
        digits[n++] = "0123456789abcdef"[u & 15];
        u >>= 4;
    } while (u);
    for (size_t i = 0; i < n; i++) hex[i] = digits[n - 1 - i];
    write_all(s->errpipe_write, type, strlen(type));
    write_all(s->errpipe_write, ":", 1);
    write_all(s->errpipe_write, hex, n);
    write_all(s->errpipe_write, ":", 1);
    write_all(s->errpipe_write, detail, strlen(detail));
    _exit(255);
}

/* Makes fd inheritable (dup2 onto itself keeps close-on-exec). */
static int make_inheritable(int fd) {
    int flags = fcntl(fd, F_GETFD);
    if (flags < 0) return -1;
    return (flags & FD_CLOEXEC) ? fcntl(fd, F_SETFD, flags & ~FD_CLOEXEC) : 0;
}

/* Moves fd out of 0..2 (where a later dup2 would clobber it). */
static int move_above_stdio(int fd) { return fd >= 0 && fd < 3 ? fcntl(fd, F_DUPFD_CLOEXEC, 3) : fd; }

static void close_range_of(int lo, int hi, int max_fd) {
    if (lo > hi) return;
#ifdef SYS_close_range
    if (syscall(SYS_close_range, (unsigned)lo, (unsigned)hi, 0u) == 0) return;
#endif
    if (hi > max_fd) hi = max_fd;
    for (int fd = lo; fd <= hi; fd++) close(fd);
}

/* Closes every descriptor from 3 up but pass_fds and errpipe_write. */
static void close_other_fds(const ChildSpec *s) {
    int lo = 3;
    size_t i = 0;
    bool errpipe_kept = s->errpipe_write < 3;
    for (;;) {
        int keep = i < s->nkeep ? s->keep_fds[i] : INT_MAX;
        if (!errpipe_kept && s->errpipe_write <= keep) {
            if (s->errpipe_write == keep) i++;
            keep = s->errpipe_write;
            errpipe_kept = true;
        } else {
            i++;
        }
        if (keep < lo) continue; /* 0, 1 and 2 stay anyway */
        close_range_of(lo, keep - 1, s->max_fd);
        if (keep == INT_MAX) return;
        lo = keep + 1;
    }
}

/* fd on target; -1 is no descriptor, other negative ones fail (EBADF). */
static int dup_to(int fd, int target) {
    if (fd == -1) return 0;
    return fd == target ? make_inheritable(fd) : dup2(fd, target) < 0 ? -1 : 0;
}

static _Noreturn void child_exec(ChildSpec *s) {
    int fd = move_above_stdio(s->errpipe_write);
    if (fd < 0) _exit(255);
    s->errpipe_write = fd;
    /* the parent's ends of the pipes */
    if (s->p2cwrite >= 0) close(s->p2cwrite);
    if (s->c2pread >= 0) close(s->c2pread);
    if (s->errread >= 0) close(s->errread);
    /* 0, 1 and 2 are filled in order: a source below its target would be overwritten */
    if (s->c2pwrite == 0 && (s->c2pwrite = fcntl(0, F_DUPFD_CLOEXEC, 3)) < 0) child_fail(s, "OSError", errno, "");
    if ((s->errwrite == 0 || s->errwrite == 1) && (s->errwrite = fcntl(s->errwrite, F_DUPFD_CLOEXEC, 3)) < 0)
        child_fail(s, "OSError", errno, "");
    if (dup_to(s->p2cread, 0) < 0 || dup_to(s->c2pwrite, 1) < 0 || dup_to(s->errwrite, 2) < 0)
        child_fail(s, "OSError", errno, "");
    if (s->cwd && chdir(s->cwd) < 0) child_fail(s, "OSError", errno, "noexec:chdir");
    if (s->child_umask >= 0) umask((mode_t)s->child_umask);
    if (s->restore_signals) {
        signal(SIGPIPE, SIG_DFL);
        signal(SIGXFSZ, SIG_DFL);
    }
    if (s->call_setsid && setsid() < 0) child_fail(s, "OSError", errno, "");
    if (s->pgid_to_set >= 0 && setpgid(0, s->pgid_to_set) < 0) child_fail(s, "OSError", errno, "");
    if (s->set_groups && setgroups(s->ngroups, s->groups) < 0) child_fail(s, "OSError", errno, "");
    if (s->set_gid && setregid(s->gid, s->gid) < 0) child_fail(s, "OSError", errno, "");
    if (s->set_uid && setreuid(s->uid, s->uid) < 0) child_fail(s, "OSError", errno, "");
    if (s->preexec_fn) {
        Object *r = Obj_CallNoArgs(s->preexec_fn);
        if (!r) child_fail(s, "SubprocessError", 0, "Exception occurred in preexec_fn.");
        DECREF(r);
    }
    for (size_t i = 0; i < s->nkeep; i++)
        if (s->keep_fds[i] != s->errpipe_write && make_inheritable(s->keep_fds[i]) < 0)
            child_fail(s, "OSError", errno, "");
    if (s->close_fds) close_other_fds(s);
    /* the first error that is not "no such file" is the one to report */
    int saved = 0, last = ENOENT;
    char *no_args[] = {NULL};
    char **argv = s->argv ? s->argv : no_args;
    for (char **prog = s->programs; *prog; prog++) {
        if (s->envp) execve(*prog, argv, s->envp);
        else execv(*prog, argv);
        last = errno;
        if (last != ENOENT && last != ENOTDIR && saved == 0) saved = last;
    }
    child_fail(s, "OSError", saved ? saved : last, "noexec");
}

/* ---- the parent ------------------------------------------------------------------ */

/* A sequence argument as a C array (NULL for None where allowed); *owner
 * keeps the bytes alive.  what names it in CPython's messages: argv takes
 * any iterable of paths, executable_list and env must have a length, and
 * env holds bytes only. */
static int string_array(Object *o, const char *what, char ***out, Object **owner) {
    bool is_argv = strcmp(what, "argv") == 0, is_env = strcmp(what, "env") == 0;
    *out = NULL;
    if (o == OBJ_NONE && strcmp(what, "executable_list") != 0) return 0; /* argv, env: None allowed */
    if (!is_argv && Obj_Len(o) < 0) return -1;
    Object *tuple = Tuple_FromIterable(o);
    if (!tuple) {
        if (is_argv && Err_Matches(Exc_TypeError)) {
            Err_Clear();
            Err_SetString(Exc_TypeError, "argv must be a tuple");
        }
        return -1;
    }
    for (ssize_t i = 0; is_env && i < TUPLE_LEN(tuple); i++) {
        if (!Bytes_Check(TUPLE_GET(tuple, i))) {
            Err_Format(Exc_TypeError, "expected bytes, %s found", TYPE_NAME(TUPLE_GET(tuple, i)));
            DECREF(tuple);
            return -1;
        }
    }
    *out = Posix_PathArray("fork_exec", tuple, owner);
    DECREF(tuple);
    return *out ? 0 : -1;
}

/* pass_fds: a tuple of descriptors in increasing order. */
static int keep_fds_of(Object *o, int **out, size_t *n) {
    if (!Tuple_Check(o)) {
        Err_Format(Exc_TypeError, "fork_exec() argument 4 must be tuple, not %s", TYPE_NAME(o));
        return -1;
    }
    *n = (size_t)TUPLE_LEN(o);
    *out = malloc((*n + 1) * sizeof **out);
    if (!*out) return Err_NoMemory(), -1;
    for (size_t i = 0; i < *n; i++) {
        Object *item = TUPLE_GET(o, i);
        int64_t fd;
        if (!Int_Check(item) || Int_AsI64(item, &fd) < 0 || fd < 0 || fd > INT_MAX || (i > 0 && fd <= (*out)[i - 1])) {
            Err_Clear();
            Err_SetString(Exc_ValueError, "bad value(s) in fds_to_keep");
            return -1;
        }
        (*out)[i] = (int)fd;
    }
    return 0;
}

/* An optional uid or gid (None: leave it). */
static int optional_id(Object *o, const char *what, bool *set, unsigned *out) {
    *set = o != OBJ_NONE;
    return *set ? Posix_Id(o, what, out) : 0;
}

static int extra_groups_of(Object *o, ChildSpec *s) {
    s->set_groups = o != OBJ_NONE;
    if (!s->set_groups) return 0;
    if (!List_Check(o)) {
        Err_SetString(Exc_TypeError, "setgroups argument must be a list");
        return -1;
    }
    Object *tuple = Tuple_FromIterable(o);
    if (!tuple) return -1;
    s->ngroups = (size_t)TUPLE_LEN(tuple);
    s->groups = malloc((s->ngroups + 1) * sizeof *s->groups);
    int r = s->groups ? 0 : (Err_NoMemory(), -1);
    for (size_t i = 0; r == 0 && i < s->ngroups; i++) {
        unsigned g;
        r = Posix_Id(TUPLE_GET(tuple, i), "gid", &g);
        s->groups[i] = g;
    }
    DECREF(tuple);
    return r;
}

static Object *sp_fork_exec(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    ChildSpec s = {.pgid_to_set = -1, .child_umask = -1};
    Object *argv_owner = NULL, *env_owner = NULL, *prog_owner = NULL, *result = NULL;
    PathArg cwd = PATH_ARG("fork_exec", "cwd", false, false);
    int *keep = NULL;
    int close_fds = Obj_IsTrue(args[2]);
    if (close_fds < 0 || string_array(args[0], "argv", &s.argv, &argv_owner) < 0 ||
        string_array(args[1], "executable_list", &s.programs, &prog_owner) < 0 ||
        keep_fds_of(args[3], &keep, &s.nkeep) < 0 || (args[4] != OBJ_NONE && Path_ConvertFS(args[4], &cwd) < 0) ||
        string_array(args[5], "env", &s.envp, &env_owner) < 0)
        goto done;
    int *fds[] = {&s.p2cread, &s.p2cwrite, &s.c2pread, &s.c2pwrite, &s.errread, &s.errwrite, NULL, &s.errpipe_write};
    for (int i = 0; i < 8; i++)
        if (fds[i] && Posix_Int(args[6 + i], fds[i]) < 0) goto done;
    int restore = Obj_IsTrue(args[14]), setsid_ = Obj_IsTrue(args[15]);
    unsigned gid = 0, uid = 0;
    if (restore < 0 || setsid_ < 0 || Posix_Int(args[16], &s.pgid_to_set) < 0 ||
        optional_id(args[17], "gid", &s.set_gid, &gid) < 0 || extra_groups_of(args[18], &s) < 0 ||
        optional_id(args[19], "uid", &s.set_uid, &uid) < 0 || Posix_Int(args[20], &s.child_umask) < 0)
        goto done;
    s.gid = gid, s.uid = uid;
    s.keep_fds = keep;
    s.close_fds = close_fds, s.restore_signals = restore, s.call_setsid = setsid_;
    s.cwd = cwd.narrow;
    s.preexec_fn = args[21] == OBJ_NONE ? NULL : args[21];
    long max_fd = sysconf(_SC_OPEN_MAX);
    s.max_fd = max_fd > 0 && max_fd < INT_MAX ? (int)max_fd : 256;
    pid_t pid = fork();
    if (pid == 0) child_exec(&s);
    result = pid < 0 ? Posix_Error() : Int_FromI64(pid);
done:
    free(s.argv);
    free(s.envp);
    free(s.programs);
    free(s.groups);
    free(keep);
    XDECREF(argv_owner);
    XDECREF(env_owner);
    XDECREF(prog_owner);
    Path_Release(&cwd);
    return result;
}

static const MethodDef functions[] = {
    {"fork_exec", sp_fork_exec, 0,
     ARGS("($module, args, executable_list, close_fds, pass_fds, cwd, env, p2cread, p2cwrite, c2pread, c2pwrite, "
          "errread, errwrite, errpipe_read, errpipe_write, restore_signals, call_setsid, pgid_to_set, gid, "
          "extra_groups, uid, child_umask, preexec_fn, /)",
          "Spawn a fresh new child process.")},
    {NULL, NULL, 0, NULL},
};

int PosixSubprocess_Init(Object *module) { return Module_AddFunctions(module, functions); }
