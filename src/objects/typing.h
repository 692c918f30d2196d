/* The objects behind type parameter syntax (PEP 695/696) and template
 * strings (PEP 750): TypeVar, ParamSpec, TypeVarTuple, TypeAliasType,
 * Generic, Template and Interpolation. */
#ifndef CIPY_TYPING_H
#define CIPY_TYPING_H
#include "../object.h"

/* CALL_INTRINSIC_1 with which = 7 TYPEVAR, 8 PARAMSPEC, 9 TYPEVARTUPLE,
 * 10 SUBSCRIPT_GENERIC, 11 TYPEALIAS. */
Object *Typing_Intrinsic1(int which, Object *v);
/* CALL_INTRINSIC_2 with which = 2 TYPEVAR_WITH_BOUND, 3
 * TYPEVAR_WITH_CONSTRAINTS, 4 SET_FUNCTION_TYPE_PARAMS, 5
 * SET_TYPEPARAM_DEFAULT (arguments in stack order: a below b). */
Object *Typing_Intrinsic2(int which, Object *a, Object *b);
/* BUILD_TEMPLATE: strings and interpolations are tuples. */
Object *Template_New(Object *strings, Object *interpolations);
/* BUILD_INTERPOLATION: conversion is 0 (none), 1 's', 2 'r', 3 'a';
 * format_spec may be NULL (empty). */
Object *Interpolation_New(Object *value, Object *expression, int conversion, Object *format_spec);
/* The types (NULL-terminated), readied from the registry; Typing_Ready,
 * its ready hook, adds their class attributes.  -1 on error. */
extern Type *const Typing_Types[];
int Typing_Ready(void);
#endif
