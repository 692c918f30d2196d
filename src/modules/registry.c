/* The registry of modules and types (see registry.h).  To add a module,
 * add a line to Registry_Modules: its name, its C init function and/or its
 * frozen Python code (Frozen_<name> from frozen_lib.h), and its types. */
#include "modules/registry.h"
#include "class.h"
#include "modules/_codecs.h"
#include "modules/_contextvars.h"
#include "modules/_random.h"
#include "modules/frozen_lib.h"
#include "modules/modules.h"
#include "modules/re/re.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/frameobj.h"
#include "objects/func.h"
#include "objects/gen.h"
#include "objects/list.h"
#include "objects/memoryview.h"
#include "objects/range.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/typing.h"
#include "slots.h"
#include <string.h>

/* The types of the core, used by every interpreter whatever it imports. */
static Type *const core_types[] = {
    &Object_Type, &Type_Type, &NoneType_Type, &NotImplType_Type, &EllipsisType_Type, &NullSlot_Type,
    &Int_Type, &Bool_Type, &Float_Type, &Complex_Type, &Str_Type, &Bytes_Type, &ByteArray_Type,
    &MemoryView_Type, &MemoryIter_Type,
    &Tuple_Type, &List_Type, &Dict_Type, &Set_Type, &FrozenSet_Type, &Range_Type, &Slice_Type,
    &Function_Type, &BuiltinFunction_Type, &Method_Type, &Code_Type, &Cell_Type, &Module_Type,
    &Traceback_Type, &Frame_Type, &MethodDescr_Type, &ClassMethodDescr_Type, &GetSetDescr_Type,
    &SlotWrapper_Type, &MethodWrapper_Type, &MemberDescr_Type, &MappingProxy_Type, &FrameLocals_Type,
    &Property_Type, &StaticMethod_Type, &ClassMethod_Type, &Super_Type,
    &Gen_Type, &Coro_Type, &AsyncGen_Type, &CoroWrapper_Type,
    &Enumerate_Type, &Zip_Type, &Map_Type, &Filter_Type, &Reversed_Type,
    &StrIter_Type, &StrAsciiIter_Type, &BytesIter_Type, &ByteArrayIter_Type,
    &TupleIter_Type, &ListIter_Type, &ListRevIter_Type, &DictKeys_Type, &DictValues_Type,
    &DictItems_Type, &DictKeyIter_Type, &DictValueIter_Type, &DictItemIter_Type,
    &DictRevKeyIter_Type, &DictRevValueIter_Type, &DictRevItemIter_Type, &SetIter_Type,
    &RangeIter_Type, &LongRangeIter_Type, &SeqIter_Type, &CallIter_Type,
    NULL,
};

const ModuleDef Registry_Modules[] = {
    /* name                  C init          Python code (lib/)         types                  ready hook */
    {NULL,                   NULL,           NULL,                      core_types,            NULL},
    {NULL,                   NULL,           NULL,                      AsyncGen_HelperTypes,  NULL},
    {NULL,                   NULL,           NULL,                      Exc_Types,             Exc_Ready},
    {NULL,                   NULL,           NULL,                      Typing_Types,          Typing_Ready},
    {"builtins",             Builtins_Init,  NULL,                      Builtins_Types,        NULL},
    {"sys",                  Sys_Init,       NULL,                      Sys_Types,             Sys_Ready},
    {"_imp",                 Imp_Init,       NULL,                      NULL,                  NULL},
    {"_frozen_importlib",    NULL,           &Frozen__frozen_importlib, NULL,                  NULL},
    {"_frozen_importlib_external", NULL,     &Frozen__frozen_importlib_external, NULL,        NULL},
    {"time",                 Time_Init,      NULL,                      Time_Types,            Time_Ready},
    {"_datetime",            DateTime_Init,  NULL,                      DateTime_Types,        DateTime_Ready},
    {"datetime",             NULL,           &Frozen_datetime,          NULL,                  NULL},
    {"calendar",             NULL,           &Frozen_calendar,          NULL,                  NULL},
    {"atexit",               Atexit_Init,    NULL,                      NULL,                  NULL},
    {"_weakref",             Weakref_Init,   NULL,                      Weakref_Types,         NULL},
    {"gc",                   Gc_ModuleInit,  NULL,                      NULL,                  NULL},
    {"_weakrefset",          NULL,           &Frozen__weakrefset,       NULL,                  NULL},
    {"weakref",              NULL,           &Frozen_weakref,           NULL,                  NULL},
    {"pwd",                  Pwd_Init,       NULL,                      Pwd_Types,             Pwd_Ready},
    {"grp",                  Grp_Init,       NULL,                      Grp_Types,             Grp_Ready},
    {"select",               Select_Init,    NULL,                      Select_Types,          NULL},
    {"selectors",            NULL,           &Frozen_selectors,         NULL,                  NULL},
    {"_socket",              Socket_Init,    NULL,                      Socket_Types,          NULL},
    {"socket",               NULL,           &Frozen_socket,            NULL,                  NULL},
    {"termios",              Termios_Init,   NULL,                      NULL,                  NULL},
    {"_locale",              Locale_Init,    NULL,                      NULL,                  NULL},
    {"locale",               NULL,           &Frozen_locale,            NULL,                  NULL},
    {"_signal",              Signal_Init,    NULL,                      NULL,                  NULL},
    {"signal",               NULL,           &Frozen_signal,            NULL,                  NULL},
    {"__future__",           NULL,           &Frozen___future__,        NULL,                  NULL},
    {"_strptime",            NULL,           &Frozen__strptime,         NULL,                  NULL},
    {"_string",              String_Init,    NULL,                      String_Types,          NULL},
    {"string",               NULL,           &Frozen_string,            NULL,                  NULL},
    {"string._pattern",      NULL,           &Frozen_string__pattern,   NULL,                  NULL},
    {"string.templatelib",   NULL,           &Frozen_string_templatelib, NULL,                 NULL},
    {"colorsys",             NULL,           &Frozen_colorsys,          NULL,                  NULL},
    {"enum",                 NULL,           &Frozen_enum,              NULL,                  NULL},
    {"_pcre",                Pcre_Init,      NULL,                      Pcre_Types,            NULL},
    {"re",                   NULL,           &Frozen_re,                NULL,                  NULL},
    {"importlib",            NULL,           &Frozen_importlib,         NULL,                  NULL},
    {"importlib.abc",        NULL,           &Frozen_importlib_abc,     NULL,                  NULL},
    {"importlib.machinery",  NULL,           &Frozen_importlib_machinery, NULL,                NULL},
    {"importlib.resources",  NULL,           &Frozen_importlib_resources, NULL,                NULL},
    {"importlib.util",       NULL,           &Frozen_importlib_util,    NULL,                  NULL},
    {"pkgutil",              NULL,           &Frozen_pkgutil,           NULL,                  NULL},
    {"runpy",                NULL,           &Frozen_runpy,             NULL,                  NULL},
    {"zipimport",            Zipimport_Init, &Frozen_zipimport,         NULL,                  NULL},
    {"zlib",                 Zlib_Init,      NULL,                      Zlib_Types,            NULL},
    {"_hashlib",             Hashlib_Init,   NULL,                      Hashlib_Types,         NULL},
    {"_blake2",              Blake2_Init,    NULL,                      Blake2_Types,          Blake2_Ready},
    {"hashlib",              NULL,           &Frozen_hashlib,           NULL,                  NULL},
    {"hmac",                 NULL,           &Frozen_hmac,              NULL,                  NULL},
    {"gzip",                 NULL,           &Frozen_gzip,              NULL,                  NULL},
    {"posix",                Posix_Init,     NULL,                      Posix_Types,           Posix_Ready},
    {"_functools",           Functools_Init, NULL,                      Functools_Types,       NULL},
    {"functools",            NULL,           &Frozen_functools,         NULL,                  NULL},
    {"_operator",            Operator_Init,  NULL,                      Operator_Types,        NULL},
    {"operator",             NULL,           &Frozen_operator,          NULL,                  NULL},
    {"_heapq",               Heapq_Init,     NULL,                      NULL,                  NULL},
    {"heapq",                NULL,           &Frozen_heapq,             NULL,                  NULL},
    {"_json",                Json_Init,      NULL,                      Json_Types,            NULL},
    {"json",                 NULL,           &Frozen_json,              NULL,                  NULL},
    {"json.decoder",         NULL,           &Frozen_json_decoder,      NULL,                  NULL},
    {"json.encoder",         NULL,           &Frozen_json_encoder,      NULL,                  NULL},
    {"json.scanner",         NULL,           &Frozen_json_scanner,      NULL,                  NULL},
    {"_bisect",              Bisect_Init,    NULL,                      NULL,                  NULL},
    {"bisect",               NULL,           &Frozen_bisect,            NULL,                  NULL},
    {"math",                 Math_Init,      NULL,                      NULL,                  NULL},
    {"cmath",                Cmath_Init,     NULL,                      NULL,                  NULL},
    {"_random",              Random_Init,    NULL,                      Random_Types,          NULL},
    {"random",               RandomAccel_Init, &Frozen_random,          NULL,                  NULL},
    {"secrets",              NULL,           &Frozen_secrets,           NULL,                  NULL},
    {"_decimal",             Decimal_Init,   NULL,                      Decimal_Types,         NULL},
    {"decimal",              NULL,           &Frozen_decimal,           NULL,                  NULL},
    {"fractions",            NULL,           &Frozen_fractions,         NULL,                  NULL},
    {"statistics",           NULL,           &Frozen_statistics,        NULL,                  NULL},
    {"uuid",                 NULL,           &Frozen_uuid,              NULL,                  NULL},
    {"ipaddress",            NULL,           &Frozen_ipaddress,         NULL,                  NULL},
    {"zoneinfo",             NULL,           &Frozen_zoneinfo,          NULL,                  NULL},
    {"zoneinfo._common",     NULL,           &Frozen_zoneinfo__common,  NULL,                  NULL},
    {"zoneinfo._tzpath",     NULL,           &Frozen_zoneinfo__tzpath,  NULL,                  NULL},
    {"zoneinfo._zoneinfo",   NULL,           &Frozen_zoneinfo__zoneinfo, NULL,                  NULL},
    {"_struct",              Struct_Init,    NULL,                      Struct_Types,          NULL},
    {"struct",               NULL,           &Frozen_struct,            NULL,                  NULL},
    {"binascii",             Binascii_Init,  NULL,                      NULL,                  NULL},
    {"stringprep",           NULL,           &Frozen_stringprep,        NULL,                  NULL},
    {"_codecs",              Codecs_Init,    NULL,                      Codecs_Types,          NULL},
    {"codecs",              NULL,           &Frozen_codecs,            NULL,                  NULL},
    {"encodings",           NULL,           &Frozen_encodings,         NULL,                  NULL},
    {"encodings._tables",    NULL,           &Frozen_encodings__tables, NULL,                  NULL},
    {"encodings._kit",      NULL,           &Frozen_encodings__kit,    NULL,                  NULL},
    {"encodings.aliases",   NULL,           &Frozen_encodings_aliases, NULL,                  NULL},
    {"encodings.ascii",     NULL,           &Frozen_encodings_ascii,   NULL,                  NULL},
    {"encodings.idna",       NULL,           &Frozen_encodings_idna,    NULL,                  NULL},
    {"encodings.latin_1",   NULL,           &Frozen_encodings_latin_1, NULL,                  NULL},
    {"encodings.utf_8",     NULL,           &Frozen_encodings_utf_8,   NULL,                  NULL},
    {"encodings.utf_8_sig", NULL,           &Frozen_encodings_utf_8_sig, NULL,                  NULL},
    {"encodings.utf_16",    NULL,           &Frozen_encodings_utf_16,  NULL,                  NULL},
    {"encodings.utf_16_be", NULL,           &Frozen_encodings_utf_16_be, NULL,                  NULL},
    {"encodings.utf_16_le", NULL,           &Frozen_encodings_utf_16_le, NULL,                  NULL},
    {"encodings.utf_32",    NULL,           &Frozen_encodings_utf_32,  NULL,                  NULL},
    {"encodings.utf_32_be", NULL,           &Frozen_encodings_utf_32_be, NULL,                  NULL},
    {"encodings.utf_32_le", NULL,           &Frozen_encodings_utf_32_le, NULL,                  NULL},
    {"encodings.base64_codec", NULL,           &Frozen_encodings_base64_codec, NULL,                  NULL},
    {"encodings.charmap",   NULL,           &Frozen_encodings_charmap, NULL,                  NULL},
    {"encodings.hex_codec", NULL,           &Frozen_encodings_hex_codec, NULL,                  NULL},
    {"encodings.punycode",  NULL,           &Frozen_encodings_punycode, NULL,                  NULL},
    {"encodings.quopri_codec", NULL,           &Frozen_encodings_quopri_codec, NULL,                  NULL},
    {"encodings.raw_unicode_escape", NULL,           &Frozen_encodings_raw_unicode_escape, NULL,                  NULL},
    {"encodings.rot_13",    NULL,           &Frozen_encodings_rot_13,  NULL,                  NULL},
    {"encodings.undefined", NULL,           &Frozen_encodings_undefined, NULL,                  NULL},
    {"encodings.unicode_escape", NULL,           &Frozen_encodings_unicode_escape, NULL,                  NULL},
    {"encodings.utf_7",     NULL,           &Frozen_encodings_utf_7,   NULL,                  NULL},
    {"encodings.uu_codec",  NULL,           &Frozen_encodings_uu_codec, NULL,                  NULL},
    {"encodings.zlib_codec", NULL,           &Frozen_encodings_zlib_codec, NULL,                  NULL},
    {"base64",               NULL,           &Frozen_base64,            NULL,                  NULL},
    {"contextlib",           NULL,           &Frozen_contextlib,        NULL,                  NULL},
    {"_contextvars",         Contextvars_Init, NULL,                    Contextvars_Types,     Contextvars_Ready},
    {"contextvars",          NULL,           &Frozen_contextvars,       NULL,                  NULL},
    {"_thread",              Thread_Init,    &Frozen__thread,           NULL,                  NULL},
    {"threading",            NULL,           &Frozen_threading,         NULL,                  NULL},
    {"_queue",               NULL,           &Frozen__queue,            NULL,                  NULL},
    {"queue",                NULL,           &Frozen_queue,             NULL,                  NULL},
    {"itertools",            Itertools_Init, NULL,                      Itertools_Types,       NULL},
    {"_posixsubprocess",     PosixSubprocess_Init, NULL,                NULL,                  NULL},
    {"subprocess",           NULL,           &Frozen_subprocess,       NULL,                  NULL},
    {"_collections",         Collections_Init, NULL,                    Collections_Types,     NULL},
    {"_collections_abc",     NULL,           &Frozen__collections_abc,  NULL,                  NULL},
    {"collections",          NULL,           &Frozen_collections,       NULL,                  NULL},
    {"_opcode",              Opcode_Init,    NULL,                      NULL,                  NULL},
    {"_opcode_metadata",     OpcodeMetadata_Init, NULL,                 NULL,                  NULL},
    {"opcode",               NULL,           &Frozen_opcode,            NULL,                  NULL},
    {"dis",                  NULL,           &Frozen_dis,               NULL,                  NULL},
    {"errno",                Errno_Init,     NULL,                      NULL,                  NULL},
    {"_stat",                Stat_Init,      NULL,                      NULL,                  NULL},
    {"stat",                 NULL,           &Frozen_stat,              NULL,                  NULL},
    {"genericpath",          NULL,           &Frozen_genericpath,       NULL,                  NULL},
    {"posixpath",            NULL,           &Frozen_posixpath,         NULL,                  NULL},
    {"os",                   NULL,           &Frozen_os,                NULL,                  NULL},
    {"fnmatch",              NULL,           &Frozen_fnmatch,           NULL,                  NULL},
    {"glob",                 NULL,           &Frozen_glob,              NULL,                  NULL},
    {"getopt",               NULL,           &Frozen_getopt,            NULL,                  NULL},
    {"shlex",                NULL,           &Frozen_shlex,             NULL,                  NULL},
    {"logging",              NULL,           &Frozen_logging,           NULL,                  NULL},
    {"logging.config",       NULL,           &Frozen_logging_config,    NULL,                  NULL},
    {"logging.handlers",     NULL,           &Frozen_logging_handlers,  NULL,                  NULL},
    {"argparse",             NULL,           &Frozen_argparse,          NULL,                  NULL},
    {"optparse",             NULL,           &Frozen_optparse,          NULL,                  NULL},
    {"cmd",                  NULL,           &Frozen_cmd,               NULL,                  NULL},
    {"pathlib",              NULL,           &Frozen_pathlib,           NULL,                  NULL},
    {"_io",                  Io_Init,        NULL,                      Io_Types,              NULL},
    {"io",                   NULL,           &Frozen_io,                NULL,                  NULL},
    {"_abc",                 Abc_Init,       NULL,                      Abc_Types,             NULL},
    {"abc",                  NULL,           &Frozen_abc,               NULL,                  NULL},
    {"_warnings",            Warnings_Init,  NULL,                      NULL,                  NULL},
    {"warnings",             NULL,           &Frozen_warnings,          NULL,                  NULL},
    {"linecache",            NULL,           &Frozen_linecache,         NULL,                  NULL},
    {"_traceback_fmt",       TracebackFmt_Init, NULL,                   NULL,                  NULL},
    {"traceback",            NULL,           &Frozen_traceback,         NULL,                  NULL},
    {"tempfile",             NULL,           &Frozen_tempfile,          NULL,                  NULL},
    {"filecmp",              NULL,           &Frozen_filecmp,           NULL,                  NULL},
    {"fileinput",            NULL,           &Frozen_fileinput,         NULL,                  NULL},
    {"getpass",              NULL,           &Frozen_getpass,           NULL,                  NULL},
    {"platform",             NULL,           &Frozen_platform,          NULL,                  NULL},
    {"dataclasses",          NULL,           &Frozen_dataclasses,       NULL,                  NULL},
    {"shutil",               NULL,           &Frozen_shutil,            NULL,                  NULL},
    {"keyword",              NULL,           &Frozen_keyword,           NULL,                  NULL},
    {"_typing",              TypingModule_Init, NULL,                   NULL,                  NULL},
    {"typing",               NULL,           &Frozen_typing,            NULL,                  NULL},
    {"_types",               Types_Init,     NULL,                      Types_Types,           NULL},
    {"types",                NULL,           &Frozen_types,             NULL,                  NULL},
    {"copyreg",              NULL,           &Frozen_copyreg,           NULL,                  NULL},
    {"copy",                 NULL,           &Frozen_copy,              NULL,                  NULL},
    {"reprlib",              NULL,           &Frozen_reprlib,           NULL,                  NULL},
    {"numbers",              NULL,           &Frozen_numbers,           NULL,                  NULL},
    {"textwrap",             NULL,           &Frozen_textwrap,          NULL,                  NULL},
    {"graphlib",             NULL,           &Frozen_graphlib,          NULL,                  NULL},
    {"inspect",              NULL,           &Frozen_inspect,           NULL,                  NULL},
    {"difflib",              NULL,           &Frozen_difflib,           NULL,                  NULL},
    {"pprint",               NULL,           &Frozen_pprint,            NULL,                  NULL},
    {"unicodedata",          Unicodedata_Init, NULL,                    Unicodedata_Types,     NULL},
    {"array",                Array_Init,     NULL,                      Array_Types,           NULL},
    /* the modules CPython freezes to test freezing */
    {"__hello__",            NULL,           &Frozen___hello__,         NULL,                  NULL},
    {"__phello__",           NULL,           &Frozen___phello__,        NULL,                  NULL},
    {"__phello__.ham",       NULL,           &Frozen___phello___ham,    NULL,                  NULL},
    {"__phello__.ham.eggs",  NULL,           &Frozen___phello___ham_eggs, NULL,                NULL},
    {"__phello__.spam",      NULL,           &Frozen___phello___spam,   NULL,                  NULL},
};
const size_t Registry_Count = sizeof Registry_Modules / sizeof *Registry_Modules;

const ModuleDef *Registry_Find(const char *name) {
    REGISTRY_EACH(d) {
        if (d->name && strcmp(d->name, name) == 0) return d;
    }
    return NULL;
}

int Registry_ReadyTypes(void) {
    REGISTRY_EACH(d) {
        for (Type *const *t = d->types; t && *t; t++)
            if (Type_Ready(*t) < 0) return -1;
        if (d->ready && d->ready() < 0) return -1;
    }
    return 0;
}
