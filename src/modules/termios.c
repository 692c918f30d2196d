/* The termios module: the terminal attributes of a file descriptor
 * (tcgetattr/tcsetattr and the other tc* calls of POSIX, the window size),
 * the constants of <termios.h> and of the terminal ioctls, and
 * termios.error, raised as error(errno, strerror) when a call fails. */
#include "abstract.h"
#include "class.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include <errno.h>
#include <limits.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/ttydefaults.h>
#include <termios.h>
#include <unistd.h>

/* Linux names that the C library's headers may not define */
#ifndef IBSHIFT
#define IBSHIFT 16   /* the shift of the input speed within c_cflag */
#endif
#ifndef VSWTCH
#define VSWTCH VSWTC
#endif

/* ---- termios.error ------------------------------------------------------------ */

/* Raises the module's error(e, strerror(e)); returns NULL. */
static Object *raise_error(Object *module, int e) {
    Object *cls = Dict_GetStr(MODULE_DICT(module), "error");
    if (!cls) {
        Err_SetString(Exc_SystemError, "termios.error is missing");
        return NULL;
    }
    Object *args[2] = {SMALL_FROM(e), Str_FromUTF8(strerror(e), -1)};
    Object *exc = args[1] ? Obj_Call(cls, args, 2, NULL) : NULL;
    XDECREF(args[1]);
    if (exc) Err_SetRaised(exc);
    return NULL;
}

/* An int argument as a C long, the way CPython's termios reads flags,
 * speeds and winsize values: -1 with TypeError or OverflowError. */
static int long_arg(Object *o, long *out) {
    Object *i = Obj_Index(o);
    if (!i) return -1;
    int64_t v;
    int r = Int_AsI64(i, &v);
    DECREF(i);
    if (r < 0) return -1;
    *out = (long)v;
    return 0;
}

/* An int argument within C int (queue, action, when, duration). */
static int int_arg(Object *o, int *out) {
    Object *i = Obj_Index(o);
    if (!i) return -1;
    int64_t v;
    int r = Int_AsI64(i, &v);
    DECREF(i);
    if (r < 0 || v > INT32_MAX || v < INT32_MIN) {
        if (r == 0 || Err_Matches(Exc_OverflowError)) {
            Err_Clear();
            Err_SetString(Exc_OverflowError, "Python int too large to convert to C int");
        }
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* ---- tcgetattr / tcsetattr -------------------------------------------------------- */

/* The cc array as a list: one-byte bytes, except VMIN and VTIME as ints in
 * non-canonical mode, where they are counts rather than characters. */
static Object *cc_list(const struct termios *t) {
    Object *cc = List_New(NCCS);
    if (!cc) return NULL;
    for (int i = 0; i < NCCS; i++) {
        char ch = (char)t->c_cc[i];
        Object *item = Bytes_From(&ch, 1);
        if (!item) {
            DECREF(cc);
            return NULL;
        }
        LIST_ITEMS(cc)[i] = item;
    }
    if (!(t->c_lflag & ICANON)) {
        SETREF(LIST_ITEMS(cc)[VMIN], Int_FromI64(t->c_cc[VMIN]));
        SETREF(LIST_ITEMS(cc)[VTIME], Int_FromI64(t->c_cc[VTIME]));
        if (!LIST_ITEMS(cc)[VMIN] || !LIST_ITEMS(cc)[VTIME]) {
            DECREF(cc);
            return NULL;
        }
    }
    return cc;
}

static Object *termios_tcgetattr(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int fd = Obj_AsFileDescriptor(args[0]);
    if (fd < 0) return NULL;
    struct termios t;
    if (tcgetattr(fd, &t) < 0) return raise_error(m, errno);
    Object *cc = cc_list(&t);
    if (!cc) return NULL;
    Object *items[7] = {
        Int_FromI64(t.c_iflag), Int_FromI64(t.c_oflag), Int_FromI64(t.c_cflag), Int_FromI64(t.c_lflag),
        Int_FromI64(cfgetispeed(&t)), Int_FromI64(cfgetospeed(&t)), cc,
    };
    Object *r = List_New(7);
    for (int i = 0; i < 7; i++) {
        if (!items[i]) CLEAR(r);
        if (r) {
            LIST_ITEMS(r)[i] = items[i];
        } else {
            XDECREF(items[i]);
        }
    }
    return r;
}

/* Reads attributes[6] into t->c_cc: 32 items, each a one-byte bytes or
 * an int. */
static int read_cc(Object *cc, struct termios *t) {
    if (!List_Check(cc) || LIST_LEN(cc) != NCCS) {
        Err_Format(Exc_TypeError, "tcsetattr: attributes[6] must be %d element list", NCCS);
        return -1;
    }
    for (int i = 0; i < NCCS; i++) {
        Object *v = LIST_ITEMS(cc)[i];
        if (Bytes_Check(v) && BYTES_LEN(v) == 1) {
            t->c_cc[i] = (cc_t)BYTES_DATA(v)[0];
        } else if (Int_Check(v)) {
            long x;
            if (long_arg(v, &x) < 0) return -1;
            t->c_cc[i] = (cc_t)x;
        } else {
            Err_SetString(Exc_TypeError,
                          "tcsetattr: elements of attributes must be bytes objects of length 1 or integers");
            return -1;
        }
    }
    return 0;
}

static Object *termios_tcsetattr(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int fd = Obj_AsFileDescriptor(args[0]), when;
    if (fd < 0 || int_arg(args[1], &when) < 0) return NULL;
    Object *attrs = args[2];
    if (!List_Check(attrs) || LIST_LEN(attrs) != 7) {
        Err_SetString(Exc_TypeError, "tcsetattr, arg 3: must be 7 element list");
        return NULL;
    }
    /* what the list does not hold (c_line, the reserved fields) stays */
    struct termios t;
    if (tcgetattr(fd, &t) < 0) return raise_error(m, errno);
    long flags[6];
    for (int i = 0; i < 6; i++)
        if (long_arg(LIST_ITEMS(attrs)[i], &flags[i]) < 0) return NULL;
    if (read_cc(LIST_ITEMS(attrs)[6], &t) < 0) return NULL;
    t.c_iflag = (tcflag_t)flags[0];
    t.c_oflag = (tcflag_t)flags[1];
    t.c_cflag = (tcflag_t)flags[2];
    t.c_lflag = (tcflag_t)flags[3];
    if (cfsetispeed(&t, (speed_t)flags[4]) < 0 || cfsetospeed(&t, (speed_t)flags[5]) < 0 ||
        tcsetattr(fd, when, &t) < 0)
        return raise_error(m, errno);
    RETURN_NONE;
}

/* ---- the other calls -------------------------------------------------------------- */

/* fd and an int argument, then call(fd, value); None or termios.error. */
static Object *fd_and_int(Object *m, Object *const *args, int (*call)(int, int)) {
    int fd = Obj_AsFileDescriptor(args[0]), value;
    if (fd < 0 || int_arg(args[1], &value) < 0) return NULL;
    if (call(fd, value) < 0) return raise_error(m, errno);
    RETURN_NONE;
}

static Object *termios_tcsendbreak(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return fd_and_int(m, args, tcsendbreak);
}

static Object *termios_tcflush(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return fd_and_int(m, args, tcflush);
}

static Object *termios_tcflow(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return fd_and_int(m, args, tcflow);
}

static Object *termios_tcdrain(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int fd = Obj_AsFileDescriptor(args[0]);
    if (fd < 0) return NULL;
    if (tcdrain(fd) < 0) return raise_error(m, errno);
    RETURN_NONE;
}

static Object *termios_tcgetwinsize(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int fd = Obj_AsFileDescriptor(args[0]);
    if (fd < 0) return NULL;
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) < 0) return raise_error(m, errno);
    Object *row = Int_FromI64(w.ws_row), *col = Int_FromI64(w.ws_col);
    Object *r = row && col ? Tuple_Pack(2, row, col) : NULL;
    XDECREF(row);
    XDECREF(col);
    return r;
}

static Object *termios_tcsetwinsize(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int fd = Obj_AsFileDescriptor(args[0]);
    if (fd < 0) return NULL;
    Object *size = args[1];
    Type *t = TYPE(size);
    ssize_t n = t->getitem && !Dict_Check(size) && !(t->flags & TPFLAG_MAPPING) ? Obj_Len(size) : -1;
    if (n != 2) {
        Err_Clear();
        Err_SetString(Exc_TypeError, "tcsetwinsize, arg 2: must be a two-item sequence");
        return NULL;
    }
    long rc[2];
    for (int i = 0; i < 2; i++) {
        Object *item = Obj_GetItem(size, SMALL_FROM(i));
        int r = item ? long_arg(item, &rc[i]) : -1;
        XDECREF(item);
        if (r < 0) return NULL;
    }
    /* the pixel sizes stay as they are */
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) < 0) return raise_error(m, errno);
    if (rc[0] < 0 || rc[0] > USHRT_MAX || rc[1] < 0 || rc[1] > USHRT_MAX) {
        Err_SetString(Exc_OverflowError, "winsize value(s) out of range.");
        return NULL;
    }
    w.ws_row = (unsigned short)rc[0];
    w.ws_col = (unsigned short)rc[1];
    if (ioctl(fd, TIOCSWINSZ, &w) < 0) return raise_error(m, errno);
    RETURN_NONE;
}

static const MethodDef termios_functions[] = {
    {"tcgetattr", termios_tcgetattr, 0,
     ARGS("($module, fd, /)",
            "Get the tty attributes for file descriptor fd.\n\n"
            "Returns a list [iflag, oflag, cflag, lflag, ispeed, ospeed, cc]\n"
            "where cc is a list of the tty special characters (each a string of\n"
            "length 1, except the items with indices VMIN and VTIME, which are\n"
            "integers when these fields are defined).  The interpretation of the\n"
            "flags and the speeds as well as the indexing in the cc array must be\n"
            "done using the symbolic constants defined in this module.")},
    {"tcsetattr", termios_tcsetattr, 0,
     ARGS_F(ARG_COUNT_STYLE, "($module, fd, when, attributes, /)",
            "Set the tty attributes for file descriptor fd.\n\n"
            "The attributes to be set are taken from the attributes argument, which\n"
            "is a list like the one returned by tcgetattr(). The when argument\n"
            "determines when the attributes are changed: termios.TCSANOW to\n"
            "change immediately, termios.TCSADRAIN to change after transmitting all\n"
            "queued output, or termios.TCSAFLUSH to change after transmitting all\n"
            "queued output and discarding all queued input.")},
    {"tcsendbreak", termios_tcsendbreak, 0,
     ARGS_F(ARG_COUNT_STYLE, "($module, fd, duration, /)",
            "Send a break on file descriptor fd.\n\n"
            "A zero duration sends a break for 0.25-0.5 seconds; a nonzero duration\n"
            "has a system dependent meaning.")},
    {"tcdrain", termios_tcdrain, 0,
     ARGS("($module, fd, /)",
            "Wait until all output written to file descriptor fd has been transmitted.")},
    {"tcflush", termios_tcflush, 0,
     ARGS_F(ARG_COUNT_STYLE, "($module, fd, queue, /)",
            "Discard queued data on file descriptor fd.\n\n"
            "The queue selector specifies which queue: termios.TCIFLUSH for the input\n"
            "queue, termios.TCOFLUSH for the output queue, or termios.TCIOFLUSH for\n"
            "both queues.")},
    {"tcflow", termios_tcflow, 0,
     ARGS_F(ARG_COUNT_STYLE, "($module, fd, action, /)",
            "Suspend or resume input or output on file descriptor fd.\n\n"
            "The action argument can be termios.TCOOFF to suspend output,\n"
            "termios.TCOON to restart output, termios.TCIOFF to suspend input,\n"
            "or termios.TCION to restart input.")},
    {"tcgetwinsize", termios_tcgetwinsize, 0,
     ARGS("($module, fd, /)",
            "Get the tty winsize for file descriptor fd.\n\n"
            "Returns a tuple (ws_row, ws_col).")},
    {"tcsetwinsize", termios_tcsetwinsize, 0,
     ARGS_F(ARG_COUNT_STYLE, "($module, fd, winsize, /)",
            "Set the tty winsize for file descriptor fd.\n\n"
            "The winsize to be set is taken from the winsize argument, which\n"
            "is a two-item tuple (ws_row, ws_col) like the one returned by\n"
            "tcgetwinsize().")},
    {NULL, NULL, 0, NULL},
};

/* The constants, by name.  (The speeds B14400, B28800, B7200 and B76800
 * exist only with a C library whose speed_t is the speed itself.) */
#define C(name) {#name, (long)(name)}
static const struct {
    const char *name;
    long value;
} termios_constants[] = {
    C(B0), C(B1000000), C(B110), C(B115200), C(B1152000), C(B1200), C(B134), C(B150), C(B1500000), C(B1800),
    C(B19200), C(B200), C(B2000000), C(B230400), C(B2400), C(B2500000), C(B300), C(B3000000), C(B3500000),
    C(B38400), C(B4000000), C(B460800), C(B4800), C(B50), C(B500000), C(B57600), C(B576000), C(B600), C(B75),
    C(B921600), C(B9600), C(BRKINT), C(BS0), C(BS1), C(BSDLY), C(CBAUD), C(CBAUDEX), C(CDSUSP), C(CEOF), C(CEOL),
    C(CEOT), C(CERASE), C(CFLUSH), C(CIBAUD), C(CINTR), C(CKILL), C(CLNEXT), C(CLOCAL), C(CQUIT), C(CR0), C(CR1),
    C(CR2), C(CR3), C(CRDLY), C(CREAD), C(CRPRNT), C(CRTSCTS), C(CS5), C(CS6), C(CS7), C(CS8), C(CSIZE), C(CSTART),
    C(CSTOP), C(CSTOPB), C(CSUSP), C(CWERASE), C(ECHO), C(ECHOCTL), C(ECHOE), C(ECHOK), C(ECHOKE), C(ECHONL),
    C(ECHOPRT), C(EXTA), C(EXTB), C(EXTPROC), C(FF0), C(FF1), C(FFDLY), C(FIOASYNC), C(FIOCLEX), C(FIONBIO),
    C(FIONCLEX), C(FIONREAD), C(FLUSHO), C(HUPCL), C(IBSHIFT), C(ICANON), C(ICRNL), C(IEXTEN), C(IGNBRK), C(IGNCR),
    C(IGNPAR), C(IMAXBEL), C(INLCR), C(INPCK), C(IOCSIZE_MASK), C(IOCSIZE_SHIFT), C(ISIG), C(ISTRIP), C(IUCLC),
    C(IUTF8), C(IXANY), C(IXOFF), C(IXON), C(NCCS), C(NL0), C(NL1), C(NLDLY), C(NOFLSH), C(N_MOUSE), C(N_PPP),
    C(N_SLIP), C(N_STRIP), C(N_TTY), C(OCRNL), C(OFDEL), C(OFILL), C(OLCUC), C(ONLCR), C(ONLRET), C(ONOCR),
    C(OPOST), C(PARENB), C(PARMRK), C(PARODD), C(PENDIN), C(TAB0), C(TAB1), C(TAB2), C(TAB3), C(TABDLY), C(TCFLSH),
    C(TCGETS), C(TCIFLUSH), C(TCIOFF), C(TCIOFLUSH), C(TCION), C(TCOFLUSH), C(TCOOFF), C(TCOON), C(TCSADRAIN),
    C(TCSAFLUSH), C(TCSANOW), C(TCSBRK), C(TCSBRKP), C(TCSETS), C(TCSETSF), C(TCSETSW), C(TCXONC), C(TIOCCONS),
    C(TIOCEXCL), C(TIOCGETD), C(TIOCGICOUNT), C(TIOCGLCKTRMIOS), C(TIOCGPGRP), C(TIOCGSERIAL), C(TIOCGSOFTCAR),
    C(TIOCGWINSZ), C(TIOCINQ), C(TIOCLINUX), C(TIOCMBIC), C(TIOCMBIS), C(TIOCMGET), C(TIOCMIWAIT), C(TIOCMSET),
    C(TIOCM_CAR), C(TIOCM_CD), C(TIOCM_CTS), C(TIOCM_DSR), C(TIOCM_DTR), C(TIOCM_LE), C(TIOCM_RI), C(TIOCM_RNG),
    C(TIOCM_RTS), C(TIOCM_SR), C(TIOCM_ST), C(TIOCNOTTY), C(TIOCNXCL), C(TIOCOUTQ), C(TIOCPKT), C(TIOCPKT_DATA),
    C(TIOCPKT_DOSTOP), C(TIOCPKT_FLUSHREAD), C(TIOCPKT_FLUSHWRITE), C(TIOCPKT_NOSTOP), C(TIOCPKT_START),
    C(TIOCPKT_STOP), C(TIOCSCTTY), C(TIOCSERCONFIG), C(TIOCSERGETLSR), C(TIOCSERGETMULTI), C(TIOCSERGSTRUCT),
    C(TIOCSERGWILD), C(TIOCSERSETMULTI), C(TIOCSERSWILD), C(TIOCSER_TEMT), C(TIOCSETD), C(TIOCSLCKTRMIOS),
    C(TIOCSPGRP), C(TIOCSSERIAL), C(TIOCSSOFTCAR), C(TIOCSTI), C(TIOCSWINSZ), C(TOSTOP), C(VDISCARD), C(VEOF),
    C(VEOL), C(VEOL2), C(VERASE), C(VINTR), C(VKILL), C(VLNEXT), C(VMIN), C(VQUIT), C(VREPRINT), C(VSTART),
    C(VSTOP), C(VSUSP), C(VSWTC), C(VSWTCH), C(VT0), C(VT1), C(VTDLY), C(VTIME), C(VWERASE), C(XCASE), C(XTABS),
    C(_POSIX_VDISABLE),
};
#undef C

static const char termios_doc[] =
    "This module provides an interface to the Posix calls for tty I/O control.\n"
    "For a complete description of these calls, see the Posix or Unix manual\n"
    "pages. It is only available for those Unix versions that support Posix\n"
    "termios style tty I/O control.\n\n"
    "All functions in this module take a file descriptor fd as their first\n"
    "argument. This can be an integer file descriptor, such as returned by\n"
    "sys.stdin.fileno(), or a file object, such as sys.stdin itself.";

int Termios_Init(Object *module) {
    if (Module_AddFunctions(module, termios_functions) < 0 ||
        Module_AddObjectSteal(module, "__doc__", Str_FromUTF8(termios_doc, -1)) < 0)
        return -1;
    for (size_t i = 0; i < sizeof termios_constants / sizeof *termios_constants; i++)
        if (Module_AddObjectSteal(module, termios_constants[i].name, Int_FromI64(termios_constants[i].value)) < 0)
            return -1;
    /* termios.error: a class of its own in each interpreter */
    Object *name = Str_FromUTF8("error", -1), *bases = Tuple_Pack(1, (Object *)Exc_Exception), *ns = Dict_New();
    Object *mod_name = Str_FromUTF8("termios", -1);
    Object *cls = name && bases && ns && mod_name && Dict_SetStr(ns, "__module__", mod_name) == 0
                      ? Class_New(&Type_Type, name, bases, ns)
                      : NULL;
    XDECREF(name);
    XDECREF(bases);
    XDECREF(ns);
    XDECREF(mod_name);
    return Module_AddObjectSteal(module, "error", cls);
}
