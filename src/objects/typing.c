/* Type parameters and template strings: placeholder until implemented. */
#include "typing.h"
#include "../runtime/err.h"

Object *Typing_Intrinsic1(int which, Object *v) {
    Err_Format(Exc_NotImplementedError, "type parameter syntax is not supported yet");
    return NULL;
}
Object *Typing_Intrinsic2(int which, Object *a, Object *b) {
    Err_Format(Exc_NotImplementedError, "type parameter syntax is not supported yet");
    return NULL;
}
Object *Template_New(Object *strings, Object *interpolations) {
    Err_Format(Exc_NotImplementedError, "template strings are not supported yet");
    return NULL;
}
Object *Interpolation_New(Object *value, Object *expression, int conversion, Object *format_spec) {
    Err_Format(Exc_NotImplementedError, "template strings are not supported yet");
    return NULL;
}
int Typing_Ready(void) { return 0; }
