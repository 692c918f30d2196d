/* The bytecode interpreter. */
#ifndef CIPY_EVAL_H
#define CIPY_EVAL_H
#include "code.h"
#include "object.h"

/* Calls a Python function (Function_Type) from C. */
Object *Eval_CallFunction(Object *func, Object *const *args, size_t nargs, Object *kwnames);
/* Runs a module or class body: code with the given globals and locals dict. */
Object *Eval_Code(Code *code, Object *globals, Object *locals);
/* Runs a class body (the function __build_class__ gets) with namespace ns;
 * returns what the body returns (the __class__ cell or None). */
Object *Eval_ClassBody(Object *func, Object *ns);
struct Frame;
/* Resumes a generator's frame (with throwing set: by raising the current
 * exception at the instruction it is suspended at). */
Object *Eval_ResumeFrame(struct Frame *f, bool throwing);
/* The innermost running frame's globals (borrowed), or NULL. */
Object *Eval_Globals(void);
/* The builtins a function or module body with these globals gets (borrowed):
 * globals['__builtins__'], whatever it is (a module stands for its dict), or
 * when absent the running frame's. */
Object *Eval_BuiltinsFor(Object *globals);
/* Runs a class body (the function __build_class__ gets) with namespace ns;
 * returns what the body returns (the __class__ cell or None). */
Object *Eval_ClassBody(Object *func, Object *ns);
struct Frame;
/* Resumes a generator's frame (with throwing set: by raising the current
 * exception at the instruction it is suspended at). */
Object *Eval_ResumeFrame(struct Frame *f, bool throwing);
/* The innermost running frame's locals as a new dict (locals()). */
Object *Eval_Locals(void);
#ifdef CIPY_FUZZ
#include "runtime/tls.h"
/* The fuzzing build: instructions this thread may still dispatch before its
 * run is stopped with KeyboardInterrupt (LONG_MAX unless the fuzzer sets it
 * per input). */
extern THREAD_LOCAL long Eval_FuzzBudget;
/* C loops (Iter_Next) spend the budget too: -1 with KeyboardInterrupt set
 * once it is spent, else 0. */
int Eval_FuzzTick(void);
#endif
#ifdef CIPY_OPCOUNT
/* The opcode-counting build: appends the counts to $CIPY_OPCOUNT_FILE. */
void Eval_DumpOpcodeCounts(void);
#endif
#endif
