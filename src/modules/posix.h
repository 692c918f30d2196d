/* What the files of the posix module share (posix.c, posix_path.c,
 * posix_stat.c, posix_files.c, posix_dir.c, posix_fd.c, posix_proc.c). */
#ifndef CIPY_POSIX_H
#define CIPY_POSIX_H
#include "object.h"
#include "objects/structseq.h"
#include <errno.h>
#include <sys/stat.h>

/* A path argument taken apart: str and bytes (and os.PathLike) become the
 * bytes given to the system (str encoded as the file system encodes it,
 * UTF-8 with surrogateescape); an int, where allow_fd, is a descriptor. */
typedef struct PathArg {
    const char *func;    /* the function, for messages ("stat") */
    const char *argname; /* the parameter ("path", "src") */
    bool allow_fd, nullable;
    Object *object;      /* owned: str or bytes (after __fspath__), the int given, or NULL (None) */
    Object *bytes;       /* owned: the encoded path, or NULL */
    const char *narrow;  /* its bytes, NUL-terminated; NULL for an fd or None */
    int fd;              /* the descriptor given, else -1 */
    bool is_bytes;       /* given as bytes: names come back as bytes */
} PathArg;

#define PATH_ARG(func_, argname_, allow_fd_, nullable_) \
    {.func = (func_), .argname = (argname_), .allow_fd = (allow_fd_), .nullable = (nullable_), .fd = -1}

/* Fills p from o (borrowed; NULL counts as None); -1 with CPython's
 * TypeError or ValueError.  Release p afterwards in any case. */
int Path_Convert(Object *o, PathArg *p);
void Path_Release(PathArg *p);
/* The same for a name that is not a path of a call (an environment
 * variable, an exec argument), worded as CPython's file system encoder:
 * "expected str, bytes or os.PathLike object, not int", "embedded null
 * byte". */
int Path_ConvertFS(Object *o, PathArg *p);
/* A name from the system as the type of p: bytes if p was bytes, else str
 * (surrogateescape). */
Object *Path_Name(const PathArg *p, const char *name, ssize_t len);
/* A NULL-terminated array (malloc'd) of the encoded items of seq (a tuple
 * or list; each str, bytes or os.PathLike), kept alive by *owner (a new
 * list).  NULL on error. */
char **Posix_PathArray(const char *func, Object *seq, Object **owner);
Object *Posix_DecodeFS(const char *s, ssize_t len);   /* str, surrogateescape */

/* The OSError for errno naming p's path (or fd), p2's too if given.
 * Returns NULL.  If a signal handler raised while retrying (EINTR), that
 * exception stays. */
Object *Path_Error(const PathArg *p);
Object *Path_Error2(const PathArg *p, const PathArg *p2);
Object *Posix_Error(void);   /* the same, naming nothing */

/* dir_fd=None / an int: AT_FDCWD or the descriptor. -1 on error. */
int Posix_DirFd(Object *o, int *out);
/* A descriptor argument (an int within C int); -1 on error. */
int Posix_Fd(Object *o, int *out);
/* A uid or gid (what: "uid", "gid" in messages); -1 stands for "unchanged". */
int Posix_Id(Object *o, const char *what, unsigned *out);
/* Truth of an optional bool argument (NULL: dflt); -1 on error. */
int Posix_Bool(Object *o, bool dflt);
/* An int argument as int64_t / as C int (OverflowError past it). */
int Posix_I64(Object *o, int64_t *out);
int Posix_Int(Object *o, int *out);

/* PEP 475: a system call that failed with EINTR is retried once the
 * pending signal handlers have run; a handler that raises ends the retry.
 * 0 to retry, -1 with the handler's exception. */
int Posix_CheckSignals(void);
#define POSIX_RETRY(res, call)                                                      \
    do {                                                                            \
        (res) = (call);                                                             \
    } while ((res) < 0 && errno == EINTR && Posix_CheckSignals() == 0)

/* os.stat_result of st (new reference). */
Object *Stat_ResultNew(const struct stat *st);
extern StructSeqType Stat_ResultType, Posix_TerminalSizeType, Posix_UnameType, Posix_TimesType, Posix_StatvfsType,
    Posix_WaitidType;
extern Type DirEntry_Type, ScandirIter_Type;

/* The function tables of each file, added to the module by Posix_Init. */
extern const MethodDef PosixStat_Functions[], PosixFiles_Functions[], PosixDir_Functions[], PosixFd_Functions[],
    PosixProc_Functions[], PosixNormpath_Functions[], PosixSys_Functions[];
int PosixProc_Ready(void);           /* uname_result, times_result, terminal_size */
int PosixProc_Init(Object *module);
int PosixSys_Init(Object *module);   /* statvfs_result, the tables of configuration names */
#endif
