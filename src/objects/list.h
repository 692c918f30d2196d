/* list: growable array of owned references. */
#ifndef CIPY_LIST_H
#define CIPY_LIST_H
#include "object.h"

typedef struct List {
    Object ob;
    ssize_t len, cap;
    Object **items;
} List;

#define LIST_LEN(l) (((List *)(l))->len)
#define LIST_ITEMS(l) (((List *)(l))->items)
#define LIST_GET(l, i) (((List *)(l))->items[i])

/* New list of n NULL slots: the caller fills each with an owned reference. */
Object *List_New(ssize_t n);
int List_Append(Object *l, Object *v);          /* increfs v; -1 on error */
int List_AppendSteal(Object *l, Object *v);     /* steals v, even on error */
int List_Extend(Object *l, Object *iterable);   /* -1 on error */
Object *List_FromIterable(Object *iterable);    /* list(it) */
Object *List_FromArray(Object *const *items, ssize_t n); /* increfs */
/* A list of the n references at items, which it takes (even on error). */
Object *List_FromArraySteal(Object *const *items, ssize_t n);
Object *List_Concat(Object *a, Object *b);      /* a + b of two lists (borrowed): a new list */
/* a + b into a itself, for a caller holding the only reference to a (an
 * exact list): b's items join a's, and a's array takes exactly the size
 * List_Concat's result would have.  -1 on error, with a unchanged. */
int List_ConcatInto(Object *a, Object *b);
Object *List_AsTuple(Object *l);
/* Stable sort in place; key may be NULL.  -1 on error (list left valid). */
int List_Sort(Object *l, Object *key, bool reverse);
int List_Insert(Object *l, ssize_t i, Object *v);
/* Removes and returns the last item of a non-empty list (owned). */
Object *List_PopLast(Object *l);
/* Releases a list's item array; cap (its capacity) says which allocator owns
 * it (list.c).  For code that detaches l->items, like the sort. */
void List_FreeItems(Object **items, ssize_t cap);
int List_Reverse(Object *l);
/* list.sort(*, key=None, reverse=False): the method body (listsort.c). */
Object *List_SortMethod(Object *self, Object *const *args, size_t nargs, Object *kwnames);
extern Type ListIter_Type, ListRevIter_Type;
#endif
