/* The _pickle module: the C half of pickle.  The Encoder that writes
 * pickles lives in _pickle_pickler.c, the loop that reads them in
 * _pickle_unpickler.c; lib/pickle.py builds the module's API on both. */
#include "modules/_pickle.h"
#include "modules/modules.h"
#include "objects/module.h"
#include "runtime/args.h"

static const MethodDef pickle_functions[] = {
    {"_encoder", Pickle_EncoderFn, 0,
     ARGS("($module, protocol, write, persistent_id, fast, error, /)",
          "A pickle writer (write None: dump returns the bytes).")},
    {"_load", Pickle_LoadFn, 0,
     ARGS("($module, unpickler, data, file, memo, error, /)",
          "Read one pickle from data (bytes) or file, for unpickler.")},
    {NULL},
};

int Pickle_Init(Object *module) { return Module_AddFunctions(module, pickle_functions); }

Type *const Pickle_Types[] = {&PickleEncoder_Type, NULL};
