/* The eval loop's instrumented copy, Eval_Traced: eval.c compiled again
 * with its sys.settrace and sys.setprofile hooks (see eval.c). */
#define EVAL_TRACED 1
#include "eval.c"
