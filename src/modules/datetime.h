/* The datetime types (module _datetime, re-exported by lib/datetime.py).
 *
 * Every value is kept in broken-down integer fields, never as a float:
 * timedelta as normalised (days, seconds, microseconds), date as (year,
 * month, day), time as (hour, minute, second, microsecond, fold, tzinfo),
 * datetime as both.  Calendar arithmetic goes through the proleptic
 * Gregorian day number ("ordinal", 0001-01-01 is 1), timedelta arithmetic
 * through a count of microseconds in an __int128, which holds every sum and
 * product of in-range values without overflow.
 *
 * Files: datetime_cal.c (calendar helpers, formatting shared by the types,
 * the module), datetime_delta.c, datetime_date.c, datetime_time.c,
 * datetime_dt.c, datetime_tz.c (tzinfo and timezone). */
#ifndef CIPY_DATETIME_H
#define CIPY_DATETIME_H
#include "object.h"
#include "objects/str.h"

#define DT_MINYEAR 1
#define DT_MAXYEAR 9999
#define DT_MAXORDINAL 3652059 /* date.max.toordinal() */
#define DT_MAXDAYS 999999999
#define US_PER_SECOND 1000000LL
#define US_PER_DAY 86400000000LL

typedef __int128 dt_us; /* a count of microseconds */

typedef struct Delta {
    Object ob;
    hash_t hash; /* -1 until computed */
    int days, seconds, microseconds;
    /* the same three as tagged ints (never allocated), read by the member
     * descriptors timedelta.days, .seconds and .microseconds */
    Object *days_member, *seconds_member, *microseconds_member;
} Delta;

typedef struct Date {
    Object ob;
    hash_t hash;
    int year, month, day;
} Date;

typedef struct Time {
    Object ob;
    hash_t hash;
    int hour, minute, second, microsecond, fold;
    Object *tzinfo; /* owned; None when naive */
} Time;

/* datetime is a date: its first fields are a Date's, so date methods that
 * read only year/month/day work on it unchanged. */
typedef struct DateTime {
    Object ob;
    hash_t hash;
    int year, month, day;
    int hour, minute, second, microsecond, fold;
    Object *tzinfo;
} DateTime;

typedef struct TimeZone {
    Object ob;
    Object *offset; /* a timedelta, owned */
    Object *name;   /* str or NULL, owned */
} TimeZone;

extern Type Delta_Type, Date_Type, Time_Type, DateTime_Type, TzInfo_Type, TimeZone_Type;
extern Object *DT_Utc; /* timezone.utc, immortal */

#define Delta_Check(o) (!IS_SMALL(o) && Type_IsSubtype(TYPE(o), &Delta_Type))
#define Date_Check(o) (!IS_SMALL(o) && Type_IsSubtype(TYPE(o), &Date_Type))
#define DateTime_Check(o) (!IS_SMALL(o) && Type_IsSubtype(TYPE(o), &DateTime_Type))
#define Time_Check(o) (!IS_SMALL(o) && Type_IsSubtype(TYPE(o), &Time_Type))
#define TzInfo_Check(o) (!IS_SMALL(o) && Type_IsSubtype(TYPE(o), &TzInfo_Type))

/* ---- calendar (datetime_cal.c) ------------------------------------------ */
bool Cal_IsLeap(int year);
int Cal_DaysInMonth(int year, int month);
int Cal_DaysBeforeMonth(int year, int month); /* days in the year before the 1st of month */
int64_t Cal_ToOrdinal(int year, int month, int day);
void Cal_FromOrdinal(int64_t ordinal, int *year, int *month, int *day);
int Cal_Weekday(int year, int month, int day); /* Monday is 0 */
/* ValueError with CPython's texts unless year/month/day form a date. */
int Cal_CheckDate(int64_t year, int64_t month, int64_t day);
/* An int argument (__index__; TypeError otherwise) as int64, saturating
 * huge values so range checks still reject them. */
int DT_IntArg(Object *o, int64_t *out);
/* The module's "time" and "timezone" helpers: time.strftime through the
 * time module, with %f, %z, %:z and %Z filled in from the object first. */
Object *DT_Strftime(Object *format, const int fields[9], int microsecond, Object *tzinfo_owner);
/* The pickled state a constructor may get as its first argument: bytes,
 * or a str of code points below 256 (what old pickles hold), of length n,
 * copied into out; false when o is not one. */
bool DT_StateBytes(Object *o, ssize_t n, unsigned char *out);
/* The tzinfo that comes with a pickled state: TypeError "bad tzinfo
 * state arg" unless None or a tzinfo. */
int DT_StateTzinfo(Object *tz);
/* CPython's argument parser converts the positional arguments in order
 * and notices a missing one only when it gets there, so the type error of
 * a leading argument comes before "missing required argument": checks
 * args[0..nargs) (but the one at not_int) as ints when nargs <= max. */
int DT_PrecheckInts(Object *const *args, size_t nargs, size_t max, size_t not_int);
/* __replace__ of date, time and datetime: their replace(), whatever a
 * subclass makes of that name. */
Object *DT_Replace(Object *self, Object *const *args, size_t nargs, Object *kwnames);
/* The class name a repr starts with: "datetime.date" for the built-in
 * type, the bare class name for a subclass (as CPython's reprs). */
Object *DT_ReprPrefix(Object *o);

/* ---- timedelta (datetime_delta.c) ---------------------------------------- */
/* A timedelta of type t from a microsecond count; OverflowError out of range. */
Object *Delta_FromUs(Type *t, dt_us us);
Object *Delta_New(int days, int seconds, int us); /* already normalised */
static inline dt_us Delta_Us(Object *d) {
    Delta *x = (Delta *)d;
    return (dt_us)x->days * US_PER_DAY + (dt_us)x->seconds * US_PER_SECOND + x->microseconds;
}

/* ---- date (datetime_date.c) ------------------------------------------------ */
Object *Date_FromYmd(Type *t, int year, int month, int day);
Object *Date_FromOrdinal(Type *t, int64_t ordinal); /* OverflowError "date value out of range" */
Object *Date_IsoCalendar(Object *self);
/* "YYYY-MM-DD" appended to sb. */
int Date_AppendIso(StrBuilder *sb, int year, int month, int day, uint32_t sep);
/* CPython's ctime text of a date and time. */
Object *Date_CtimeText(int year, int month, int day, int hour, int minute, int second);
/* Parses "YYYY-MM-DD", "YYYYMMDD", "YYYY-Www[-D]", "YYYYWww[D]" from
 * s[0:n]: -1 if malformed, -2 with an error set (a date out of range). */
int Date_ParseIso(const uint32_t *s, ssize_t n, int *year, int *month, int *day);
/* __format__ of date, time and datetime. */
Object *DT_Format(Object *self, Object *const *args, size_t nargs, Object *kwnames);
/* The characters of a str as a malloc'd, NUL-ended UCS4 array. */
uint32_t *DT_StrChars(Object *s, ssize_t *n);
/* cls.strptime(string, format) through the named helper of _strptime. */
Object *DT_StrptimeVia(const char *helper, Object *cls, Object *const *args);
/* The nine time-tuple fields of a date and time, and the struct_time of them. */
void DT_TimeFields(int fields[9], int y, int mo, int d, int h, int mi, int s, int dst);
Object *DT_StructTime(const int fields[9]);
/* A timestamp as whole seconds (floor) and the fraction left; CPython's
 * errors for NaN, out of range and non-numbers. */
int DT_TimestampArg(Object *o, int64_t *secs, double *frac);

/* ---- time (datetime_time.c) ------------------------------------------------ */
Object *Time_FromFields(Type *t, int h, int m, int s, int us, Object *tzinfo, int fold);
/* Appends hh:mm:ss[.ffffff] by timespec (a str: "auto", "hours", ...;
 * NULL: "auto"); -1 with ValueError or TypeError. */
int Time_AppendIso(StrBuilder *sb, int h, int m, int s, int us, Object *timespec);
/* Parses a time with an optional offset: -1 if malformed, -2 with an
 * error set.  *tz (new reference, or NULL) is a timezone; *next_day is
 * set for "24:00", which reads as 00:00 of the next day. */
int Time_ParseIso(const uint32_t *s, ssize_t n, int *h, int *m, int *sec, int *us, Object **tz, bool *next_day);
/* ValueError unless the fields make a time of day (fold 0 or 1). */
int DT_CheckTime(int64_t h, int64_t m, int64_t s, int64_t us, int64_t fold);
/* The utcoffset() of tzinfo for arg appended as "+HH:MM..."; nothing for None. */
int DT_AppendUtcOffset(StrBuilder *sb, Object *tzinfo, Object *arg);

/* ---- datetime (datetime_dt.c) ---------------------------------------------- */
Object *DateTime_FromFields(Type *t, int y, int mo, int d, int h, int mi, int s, int us, Object *tzinfo,
                            int fold);

/* ---- tzinfo (datetime_tz.c) ------------------------------------------------- */
/* tzinfo.utcoffset(arg) / dst(arg) checked as CPython: None, or a timedelta
 * strictly within a day (ValueError otherwise, TypeError for other types). */
Object *Tz_Offset(Object *tzinfo, Object *arg, const char *which);
/* tzinfo.fromutc(dt)'s check of its argument: a datetime whose tzinfo is
 * self; -1 with CPython's TypeError or ValueError otherwise. */
int Tz_FromutcCheck(Object *self, Object *dt);
Object *Tz_Name(Object *tzinfo, Object *arg);
Object *TimeZone_New(Object *offset, Object *name); /* offset must be a valid timedelta */
/* Appends "+HH:MM[:SS[.ffffff]]" (sep between fields) of a timedelta to sb. */
int Tz_AppendOffset(StrBuilder *sb, Object *delta, const char *sep);
int Tz_CheckArg(Object *tz); /* None or a tzinfo; TypeError otherwise */

Object *DT_IsoCalendarDate_New(int year, int week, int weekday);
int DateTime_Ready(void);

#endif
