/* The posix module, the system layer under os (lib/os.py): its init, its
 * constants, the environment (posix.environ, putenv, unsetenv) and
 * fspath.  The functions live by concept in posix_stat.c (stat),
 * posix_files.c (changing the file system), posix_dir.c (directories),
 * posix_fd.c (descriptors), posix_proc.c (the process and the system) and
 * posix_normpath.c (posixpath.normpath's accelerator), posix_sys.c (the
 * system's configuration and file systems);
 * posix_path.c converts their arguments and reports their errors. */
#define _GNU_SOURCE
#include "modules/posix.h"
#include "abstract.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/audit.h"
#include "runtime/err.h"
#include "runtime/fspath.h"
#include <dlfcn.h>
#include <fcntl.h>
#include <limits.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/pidfd.h>
#include <sys/resource.h>
#include <sys/statvfs.h>
#include <sys/wait.h>
#include <sysexits.h>
#include <unistd.h>

extern char **environ;

/* ---- the environment -------------------------------------------------------------- */

/* posix.environ: bytes names to bytes values, as the process started. */
static Object *environ_dict(void) {
    Object *d = Dict_New();
    for (char **e = environ; d && e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq) continue;
        Object *k = Bytes_From(*e, eq - *e), *v = Bytes_From(eq + 1, (ssize_t)strlen(eq + 1));
        Object *old = NULL;
        /* the first of two equal names wins, as getenv() finds it */
        int r = k && v ? Dict_Lookup(d, k, &old) : -1;
        if (r == 0 && Dict_SetItem(d, k, v) < 0) r = -1;
        XDECREF(k);
        XDECREF(v);
        if (r < 0) CLEAR(d);
    }
    return d;
}

static Object *posix_putenv(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    PathArg name = PATH_ARG("putenv", "name", false, false), value = PATH_ARG("putenv", "value", false, false);
    Object *result = NULL;
    if (Path_ConvertFS(args[0], &name) < 0 || Path_ConvertFS(args[1], &value) < 0) goto done;
    if (name.narrow[0] && strchr(name.narrow + 1, '=')) {
        Err_SetString(Exc_ValueError, "illegal environment variable name");
        goto done;
    }
    if (Audit_Eventf("os.putenv", "OO", name.bytes ? name.bytes : name.object,
                     value.bytes ? value.bytes : value.object) < 0)
        goto done;
    result = setenv(name.narrow, value.narrow, 1) < 0 ? Posix_Error() : NEWREF(OBJ_NONE);
done:
    Path_Release(&name);
    Path_Release(&value);
    return result;
}

static Object *posix_unsetenv(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    PathArg name = PATH_ARG("unsetenv", "name", false, false);
    Object *result = NULL;
    if (Path_ConvertFS(args[0], &name) == 0 &&
        Audit_Eventf("os.unsetenv", "O", name.bytes ? name.bytes : name.object) == 0)
        result = unsetenv(name.narrow) < 0 ? Posix_Error() : NEWREF(OBJ_NONE);
    Path_Release(&name);
    return result;
}

static Object *posix_fspath(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return Path_FSPath(args[0]);
}

static const MethodDef env_functions[] = {
    {"putenv", posix_putenv, 0, ARGS("($module, name, value, /)", "Change or add an environment variable.")},
    {"unsetenv", posix_unsetenv, 0, ARGS("($module, name, /)", "Delete an environment variable.")},
    {"fspath", posix_fspath, 0,
     ARGS("($module, /, path)", "Return the file system path representation of the object.")},
    {NULL, NULL, 0, NULL},
};

/* ---- constants ------------------------------------------------------------------------ */

typedef struct IntConst {
    const char *name;
    long value;
} IntConst;

#define C(name) {#name, (long)(name)},
static const IntConst constants[] = {
    /* access() */
    C(F_OK) C(R_OK) C(W_OK) C(X_OK)
    /* open() */
    C(O_RDONLY) C(O_WRONLY) C(O_RDWR) C(O_ACCMODE) C(O_APPEND) C(O_CREAT) C(O_EXCL) C(O_TRUNC) C(O_NONBLOCK)
    C(O_NDELAY) C(O_DSYNC) C(O_SYNC) C(O_RSYNC) C(O_NOCTTY) C(O_CLOEXEC) C(O_DIRECTORY) C(O_NOFOLLOW)
    C(O_ASYNC) C(O_DIRECT) C(O_LARGEFILE) C(O_NOATIME) C(O_PATH) C(O_TMPFILE)
    {"O_FSYNC", (long)O_SYNC},
    /* lseek() beyond SEEK_SET/CUR/END (which os defines) */
    C(SEEK_DATA) C(SEEK_HOLE)
    /* exit statuses */
    C(EX_OK) C(EX_USAGE) C(EX_DATAERR) C(EX_NOINPUT) C(EX_NOUSER) C(EX_NOHOST) C(EX_UNAVAILABLE) C(EX_SOFTWARE)
    C(EX_OSERR) C(EX_OSFILE) C(EX_CANTCREAT) C(EX_IOERR) C(EX_TEMPFAIL) C(EX_PROTOCOL) C(EX_NOPERM) C(EX_CONFIG)
    /* waitpid() and waitid() */
    C(WNOHANG) C(WUNTRACED) C(WCONTINUED) C(WEXITED) C(WSTOPPED) C(WNOWAIT)
    C(P_ALL) C(P_PID) C(P_PGID) C(P_PIDFD) C(PIDFD_NONBLOCK)
    C(CLD_EXITED) C(CLD_KILLED) C(CLD_DUMPED) C(CLD_TRAPPED) C(CLD_STOPPED) C(CLD_CONTINUED)
    /* lockf() */
    C(F_LOCK) C(F_TLOCK) C(F_ULOCK) C(F_TEST)
    /* priorities and scheduling */
    C(PRIO_PROCESS) C(PRIO_PGRP) C(PRIO_USER)
    C(SCHED_OTHER) C(SCHED_FIFO) C(SCHED_RR) C(SCHED_BATCH) C(SCHED_IDLE) C(SCHED_RESET_ON_FORK)
    {"SCHED_NORMAL", (long)SCHED_OTHER},
    /* dlopen() */
    C(RTLD_LAZY) C(RTLD_NOW) C(RTLD_GLOBAL) C(RTLD_LOCAL) C(RTLD_NODELETE) C(RTLD_NOLOAD) C(RTLD_DEEPBIND)
    /* statvfs() flags */
    C(ST_RDONLY) C(ST_NOSUID) C(ST_NODEV) C(ST_NOEXEC) C(ST_SYNCHRONOUS) C(ST_MANDLOCK) C(ST_WRITE)
    C(ST_APPEND) C(ST_NOATIME) C(ST_NODIRATIME) C(ST_RELATIME)
    /* limits */
    C(NGROUPS_MAX) C(TMP_MAX)
    {NULL, 0},
};
#undef C

static int add_constants(Object *module) {
    for (const IntConst *c = constants; c->name; c++)
        if (Module_AddObjectSteal(module, c->name, Int_FromI64(c->value)) < 0) return -1;
    return 0;
}

/* ---- the module -------------------------------------------------------------------------- */

Type *const Posix_Types[] = {&Stat_ResultType.type, &Posix_TerminalSizeType.type, &Posix_UnameType.type,
                             &Posix_TimesType.type, &Posix_StatvfsType.type, &Posix_WaitidType.type, &DirEntry_Type,
                             &ScandirIter_Type, NULL};

int Posix_Ready(void) {
    if (StructSeq_Ready(&Stat_ResultType) < 0 || StructSeq_Ready(&Posix_StatvfsType) < 0) return -1;
    return PosixProc_Ready();
}

int Posix_Init(Object *module) {
    const MethodDef *const tables[] = {PosixStat_Functions, PosixFiles_Functions, PosixDir_Functions,
                                       PosixFd_Functions,   PosixProc_Functions,  PosixNormpath_Functions,
                                       PosixSys_Functions,  env_functions};
    for (size_t i = 0; i < sizeof tables / sizeof *tables; i++)
        if (Module_AddFunctions(module, tables[i]) < 0) return -1;
    if (add_constants(module) < 0 || PosixProc_Init(module) < 0 || PosixSys_Init(module) < 0) return -1;
    if (Module_AddObject(module, "stat_result", (Object *)&Stat_ResultType) < 0 ||
        Module_AddObject(module, "DirEntry", (Object *)&DirEntry_Type) < 0)
        return -1;
    return Module_AddObjectSteal(module, "environ", environ_dict());
}
