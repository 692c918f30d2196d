/* The objects behind type parameter syntax (PEP 695/696), generic aliases
 * and unions (PEP 585/604) and template strings (PEP 750): TypeVar,
 * ParamSpec, TypeVarTuple, TypeAliasType, Generic, GenericAlias, Union,
 * Template and Interpolation. */
#ifndef CIPY_TYPING_H
#define CIPY_TYPING_H
#include "object.h"
#include "objects/str.h"

/* ---- typing.c: type parameters, type aliases, Generic, template strings ---- */

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

extern Type Generic_Type, TypeVar_Type, ParamSpec_Type, TypeVarTuple_Type, ParamSpecArgs_Type,
    ParamSpecKwargs_Type, TypeAlias_Type, NoDefault_Type;
extern Object NoDefault_Obj;
/* typing.<hook>(*args): calls a function of lib/typing.py, importing it. */
Object *Typing_CallHook(const char *hook, Object *const *args, size_t nargs, Object *kwnames);
bool TypeAlias_Check(Object *o);
enum { TP_TYPEVAR, TP_PARAMSPEC, TP_TYPEVARTUPLE };
/* TP_* for a TypeVar, ParamSpec or TypeVarTuple, else -1. */
int TypeParam_Kind(Object *o);
/* Whether the type parameter p has a default; its value (new reference,
 * computed on first use) or NULL with an exception. */
bool TypeParam_HasDefault(Object *p);
Object *TypeParam_Default(Object *p);

/* ---- typing_consteval.c: the evaluate_* of a parameter given values ---- */

extern Type ConstEvaluator_Type;
/* An evaluator returning value (for Format.STRING, value as annotation text). */
Object *ConstEvaluator_New(Object *value);

/* ---- genericalias.c: list[int], C[T], and what unions share with them ---- */

extern Type GenericAlias_Type;
/* origin[args]: args a tuple, or the one argument. */
Object *GenericAlias_New(Object *origin, Object *args);
/* cls[item] as types.GenericAlias(cls, item): the __class_getitem__ of the
 * generic built-in classes, declared in their method tables with
 * METHOD_CLASS_GETITEM. */
Object *GenericAlias_ClassGetItem(Object *cls, Object *const *args, size_t nargs, Object *kwnames);
#define METHOD_CLASS_GETITEM(doc) \
    {"__class_getitem__", GenericAlias_ClassGetItem, METH_CLASS, ARGS("($type, object, /)", doc)}
/* Whether o is an alias CPython makes a types.GenericAlias (list[int],
 * A[int] for a type alias A), as opposed to those of generic classes
 * (C[int], Generic[T]), which its typing module makes and whose | takes
 * any operand. */
bool GenericAlias_IsPlain(Object *o);
/* How list[...] and X | Y write one of their arguments: "..." for
 * Ellipsis, "None" for NoneType, repr() of aliases, module.qualname of
 * classes and functions (the qualname alone for builtins), else repr(). */
int Typing_AppendArgRepr(StrBuilder *sb, Object *arg);
/* The type parameters among args (a tuple), in order of first appearance,
 * including those of nested aliases and lists: a new tuple. */
Object *Typing_Parameters(Object *args);
/* The arguments of alias[item] (alias names self in error messages): args
 * with each of params (self's __parameters__) replaced by the matching
 * value of item, nested aliases subscripted in turn.  A new tuple. */
Object *Typing_Substitute(Object *self, Object *args, Object *params, Object *item);
/* The text ahead of "Got ..." when Union[...] rejects an argument. */
#define TYPING_UNION_ARG_MSG "Union[arg, ...]: each arg must be a type."
/* arg as a type argument (new reference), or NULL with TypeError for the
 * arguments typing rejects: a tuple ("<msg> Got (...)."), Generic[...],
 * and Generic itself unless plain_generic_ok. */
Object *Typing_CheckArg(Object *arg, const char *msg, bool plain_generic_ok);

/* ---- union.c: int | str ---- */

extern Type Union_Type;
/* The | of classes, None, generic aliases, unions and type aliases
 * (type.__or__): their union, or NotImplemented for other operands. */
Object *Union_Or(Object *a, Object *b);
/* Union[a, b] for any a and b (the | of unions and of type variables). */
Object *Union_Join(Object *a, Object *b);
/* The arguments of a union (a borrowed tuple), NULL for anything else. */
Object *Union_Args(Object *o);
#endif
