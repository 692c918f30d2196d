/* The _json module: the C half of json (json.decoder, json.encoder and
 * json.scanner use it as CPython's do).  The scanner lives in
 * _json_scan.c, the encoder in _json_encode.c. */
#include "modules/_json.h"
#include "modules/modules.h"
#include "objects/module.h"
#include "runtime/args.h"

static const MethodDef json_functions[] = {
    {"encode_basestring_ascii", Json_EncodeStrAsciiFn, 0,
     ARGS("($module, object, /)", "encode_basestring_ascii(string) -> string\n\nReturn an ASCII-only JSON "
                                  "representation of a Python string")},
    {"encode_basestring", Json_EncodeStrFn, 0,
     ARGS("($module, object, /)",
          "encode_basestring(string) -> string\n\nReturn a JSON representation of a Python string")},
    {"scanstring", Json_ScanStringFn, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE, "(string, end, strict=True, /)",
            "scanstring(string, end, strict=True) -> (string, end)\n\nScan the string s for a JSON string. End is "
            "the index of the\ncharacter in s after the quote that started the JSON string.\nUnescapes all valid "
            "JSON string escape sequences and raises ValueError\non attempt to decode an invalid string. If strict "
            "is False then literal\ncontrol characters are allowed in the string.\n\nReturns a tuple of the decoded "
            "string and the index of the character in s\nafter the end quote.")},
    {NULL},
};

int Json_Init(Object *module) {
    if (Module_AddFunctions(module, json_functions) < 0) return -1;
    if (Module_AddObject(module, "make_scanner", (Object *)&JsonScanner_Type) < 0) return -1;
    return Module_AddObject(module, "make_encoder", (Object *)&JsonEncoder_Type);
}

Type *const Json_Types[] = {&JsonScanner_Type, &JsonEncoder_Type, NULL};
