/* The table of built-in modules written in C: name -> init function. */
#include "modules.h"
#include "../objects/module.h"

const BuiltinModule Builtin_Modules[] = {
    {"sys", Sys_Init},
    {"builtins", Builtins_Init},
    {"time", Time_Init},
    {"__future__", Future_Init},
    {NULL, NULL},
};
