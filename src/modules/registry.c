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

int Modules_Ready(void) {
    return Builtins_Ready() < 0 || Sys_Ready() < 0 || Time_Ready() < 0 || Future_Ready() < 0 ? -1 : 0;
}
