/* The _heapq module: the heap operations of heapq, in place on a list.
 *
 * A min-heap is a list whose item k is not greater than its children, items
 * 2k+1 and 2k+2; a max-heap (the *_max functions) one whose item k is not
 * smaller.  Items are compared with `<` only, and in CPython's order: an
 * item moved to the top sinks along the better child of each level down to
 * a leaf, then rises again while it beats its parent; a new item only
 * rises.  The comparisons run Python code that may change the list, so the
 * list is read again after each one, items move by swapping (the list stays
 * a permutation of itself), and a change of length raises RuntimeError. */
#include "abstract.h"
#include "modules/modules.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/err.h"

/* Heaps larger than this are built subtree by subtree (see heap_build). */
enum { HEAP_BUILD_FLAT_MAX = 2500 };

/* Whether a belongs above b: a < b in a min-heap, b < a in a max-heap.
 * Holds both across the comparison, which may take them out of the list.
 * 1, 0, -1. */
static int heap_above(Object *a, Object *b, bool max) {
    if (max) {
        Object *t = a;
        a = b;
        b = t;
    }
    if (IS_SMALL(a) && IS_SMALL(b)) return SMALL_VAL(a) < SMALL_VAL(b);
    INCREF(a);
    INCREF(b);
    int r = Obj_RichCompareBool(a, b, CMP_LT);
    DECREF(a);
    DECREF(b);
    return r;
}

/* After a comparison: 0 if heap still has n items, else -1 with CPython's
 * RuntimeError. */
static int heap_same_size(Object *heap, ssize_t n) {
    if (LIST_LEN(heap) == n) return 0;
    Err_SetString(Exc_RuntimeError, "list changed size during iteration");
    return -1;
}

static void heap_swap(Object *heap, ssize_t i, ssize_t j) {
    Object **items = LIST_ITEMS(heap);
    Object *t = items[i];
    items[i] = items[j];
    items[j] = t;
}

/* Moves the item at pos up toward `top` while it belongs above its parent. */
static int heap_rise(Object *heap, ssize_t top, ssize_t pos, bool max) {
    ssize_t n = LIST_LEN(heap);
    while (pos > top) {
        ssize_t parent = (pos - 1) >> 1;
        int above = heap_above(LIST_GET(heap, pos), LIST_GET(heap, parent), max);
        if (above < 0 || heap_same_size(heap, n) < 0) return -1;
        if (!above) break;
        heap_swap(heap, pos, parent);
        pos = parent;
    }
    return 0;
}

/* Restores the heap below pos, whose subtrees are heaps: the item at pos
 * goes down along the better child to a leaf (one comparison per level,
 * between the two children), then rises back to where it belongs. */
static int heap_sink(Object *heap, ssize_t pos, bool max) {
    ssize_t n = LIST_LEN(heap), start = pos;
    while (pos < n / 2) {
        ssize_t child = 2 * pos + 1;
        if (child + 1 < n) {
            int left = heap_above(LIST_GET(heap, child), LIST_GET(heap, child + 1), max);
            if (left < 0 || heap_same_size(heap, n) < 0) return -1;
            if (!left) child++;
        }
        heap_swap(heap, pos, child);
        pos = child;
    }
    return heap_rise(heap, start, pos, max);
}

/* Makes a heap of the whole list.  Small lists sink every parent, last
 * first.  Larger ones sink the same nodes in an order that keeps the work
 * inside one subtree while it is in the cache, as CPython does (the
 * comparisons a program sees are CPython's): the lowest parents are taken
 * from right to left, and once a left child is done its parent's two
 * subtrees are heaps, so the parent is sunk at once, and so on upward. */
static int heap_build(Object *heap, bool max) {
    ssize_t parents = LIST_LEN(heap) / 2;
    if (LIST_LEN(heap) <= HEAP_BUILD_FLAT_MAX) {
        for (ssize_t i = parents - 1; i >= 0; i--)
            if (heap_sink(heap, i, max) < 0) return -1;
        return 0;
    }
    /* The lowest parents are those from parents/2 on; the deepest level
     * holding any starts at `deep`, to the left of the shallower ones. */
    ssize_t deep = 1;
    while (2 * deep + 1 <= parents - 1) deep = 2 * deep + 1;
    for (ssize_t k = 0; k < parents - parents / 2; k++) {
        ssize_t node = k < deep - parents / 2 ? deep - 1 - k : parents - 1 - (k - (deep - parents / 2));
        for (;;) {
            if (heap_sink(heap, node, max) < 0) return -1;
            if (!(node & 1)) break; /* a right child, or the root */
            node >>= 1;             /* a left child: its parent is ready */
        }
    }
    return 0;
}

/* ---- the module's functions ------------------------------------------------ */

/* heap as a list, or NULL with CPython's TypeError; `which` is "argument"
 * or "argument 1", as CPython's parsers word it. */
static Object *heap_arg(Object *heap, const char *fname, const char *which) {
    if (List_Check(heap)) return heap;
    Err_Format(Exc_TypeError, "%s() %s must be list, not %s", fname, which, ARG_TYPE_NAME(heap));
    return NULL;
}

static Object *heap_push(Object *const *args, const char *fname, bool max) {
    Object *heap = heap_arg(args[0], fname, "argument 1");
    if (!heap || List_Append(heap, args[1]) < 0) return NULL;
    if (heap_rise(heap, 0, LIST_LEN(heap) - 1, max) < 0) return NULL;
    RETURN_NONE;
}

static Object *heap_pop(Object *const *args, const char *fname, bool max) {
    Object *heap = heap_arg(args[0], fname, "argument");
    if (!heap) return NULL;
    if (LIST_LEN(heap) == 0) {
        Err_SetString(Exc_IndexError, "index out of range");
        return NULL;
    }
    Object *last = List_PopLast(heap);
    if (LIST_LEN(heap) == 0) return last;
    Object *top = LIST_GET(heap, 0); /* the list's reference becomes ours */
    LIST_ITEMS(heap)[0] = last;
    if (heap_sink(heap, 0, max) < 0) CLEAR(top);
    return top;
}

/* Puts item at the top in place of the current one, which is returned. */
static Object *heap_swap_top(Object *heap, Object *item, bool max) {
    Object *top = LIST_GET(heap, 0);
    LIST_ITEMS(heap)[0] = NEWREF(item);
    if (heap_sink(heap, 0, max) < 0) CLEAR(top);
    return top;
}

static Object *heap_replace(Object *const *args, const char *fname, bool max) {
    Object *heap = heap_arg(args[0], fname, "argument 1");
    if (!heap) return NULL;
    if (LIST_LEN(heap) == 0) {
        Err_SetString(Exc_IndexError, "index out of range");
        return NULL;
    }
    return heap_swap_top(heap, args[1], max);
}

static Object *heap_pushpop(Object *const *args, const char *fname, bool max) {
    Object *heap = heap_arg(args[0], fname, "argument 1"), *item = args[1];
    if (!heap) return NULL;
    if (LIST_LEN(heap) == 0) return NEWREF(item);
    int top_first = heap_above(LIST_GET(heap, 0), item, max);
    if (top_first < 0) return NULL;
    if (!top_first) return NEWREF(item);
    if (LIST_LEN(heap) == 0) { /* the comparison emptied it */
        Err_SetString(Exc_IndexError, "index out of range");
        return NULL;
    }
    return heap_swap_top(heap, item, max);
}

static Object *heap_make(Object *const *args, const char *fname, bool max) {
    Object *heap = heap_arg(args[0], fname, "argument");
    if (!heap || heap_build(heap, max) < 0) return NULL;
    RETURN_NONE;
}

#define HEAP_FUNCTION(name, impl, max)                                                   \
    static Object *heapq_##name(Object *self, Object *const *args, size_t nargs, Object *kw) { \
        return impl(args, #name, max);                                                   \
    }
HEAP_FUNCTION(heappush, heap_push, false)
HEAP_FUNCTION(heappop, heap_pop, false)
HEAP_FUNCTION(heapreplace, heap_replace, false)
HEAP_FUNCTION(heappushpop, heap_pushpop, false)
HEAP_FUNCTION(heapify, heap_make, false)
HEAP_FUNCTION(heappush_max, heap_push, true)
HEAP_FUNCTION(heappop_max, heap_pop, true)
HEAP_FUNCTION(heapreplace_max, heap_replace, true)
HEAP_FUNCTION(heappushpop_max, heap_pushpop, true)
HEAP_FUNCTION(heapify_max, heap_make, true)

static const MethodDef heapq_functions[] = {
    {"heappush", heapq_heappush, 0,
     ARGS("($module, heap, item, /)", "Push item onto heap, maintaining the heap invariant.")},
    {"heappushpop", heapq_heappushpop, 0,
     ARGS("($module, heap, item, /)",
          "Push item on the heap, then pop and return the smallest item from the heap.\n\n"
          "The combined action runs more efficiently than heappush() followed by\n"
          "a separate call to heappop().")},
    {"heappop", heapq_heappop, 0,
     ARGS("($module, heap, /)", "Pop the smallest item off the heap, maintaining the heap invariant.")},
    {"heapreplace", heapq_heapreplace, 0,
     ARGS("($module, heap, item, /)",
          "Pop and return the current smallest value, and add the new item.\n\n"
          "This is more efficient than heappop() followed by heappush(), and can be\n"
          "more appropriate when using a fixed-size heap.  Note that the value\n"
          "returned may be larger than item!  That constrains reasonable uses of\n"
          "this routine unless written as part of a conditional replacement:\n\n"
          "    if item > heap[0]:\n"
          "        item = heapreplace(heap, item)")},
    {"heapify", heapq_heapify, 0,
     ARGS("($module, heap, /)", "Transform list into a heap, in-place, in O(len(heap)) time.")},
    {"heappush_max", heapq_heappush_max, 0,
     ARGS("($module, heap, item, /)", "Push item onto max heap, maintaining the heap invariant.")},
    {"heappushpop_max", heapq_heappushpop_max, 0,
     ARGS("($module, heap, item, /)",
          "Maxheap variant of heappushpop.\n\n"
          "The combined action runs more efficiently than heappush_max()\n"
          "followed by a separate call to heappop_max().")},
    {"heappop_max", heapq_heappop_max, 0, ARGS("($module, heap, /)", "Maxheap variant of heappop.")},
    {"heapreplace_max", heapq_heapreplace_max, 0,
     ARGS("($module, heap, item, /)", "Maxheap variant of heapreplace.")},
    {"heapify_max", heapq_heapify_max, 0, ARGS("($module, heap, /)", "Maxheap variant of heapify.")},
    {NULL},
};

static const char heapq_doc[] =
    "Heap queue algorithm (a.k.a. priority queue).\n"
    "\n"
    "Heaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\n"
    "all k, counting elements from 0.  For the sake of comparison,\n"
    "non-existing elements are considered to be infinite.  The interesting\n"
    "property of a heap is that a[0] is always its smallest element.\n"
    "\n"
    "Usage:\n"
    "\n"
    "heap = []            # creates an empty heap\n"
    "heappush(heap, item) # pushes a new item on the heap\n"
    "item = heappop(heap) # pops the smallest item from the heap\n"
    "item = heap[0]       # smallest item on the heap without popping it\n"
    "heapify(x)           # transforms list into a heap, in-place, in linear time\n"
    "item = heapreplace(heap, item) # pops and returns smallest item, and adds\n"
    "                               # new item; the heap size is unchanged\n"
    "\n"
    "Our API differs from textbook heap algorithms as follows:\n"
    "\n"
    "- We use 0-based indexing.  This makes the relationship between the\n"
    "  index for a node and the indexes for its children slightly less\n"
    "  obvious, but is more suitable since Python uses 0-based indexing.\n"
    "\n"
    "- Our heappop() method returns the smallest item, not the largest.\n"
    "\n"
    "These two make it possible to view the heap as a regular Python list\n"
    "without surprises: heap[0] is the smallest item, and heap.sort()\n"
    "maintains the heap invariant!\n";

/* The essay CPython's _heapq carries as __about__ (heapq's own differs in
 * three places: lib/heapq.py derives it from this one). */
static const char heapq_about[] =
    "Heap queues\n"
    "\n"
    "[explanation by François Pinard]\n"
    "\n"
    "Heaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\n"
    "all k, counting elements from 0.  For the sake of comparison,\n"
    "non-existing elements are considered to be infinite.  The interesting\n"
    "property of a heap is that a[0] is always its smallest element.\n"
    "\n"
    "The strange invariant above is meant to be an efficient memory\n"
    "representation for a tournament.  The numbers below are 'k', not a[k]:\n"
    "\n"
    "                                   0\n"
    "\n"
    "                  1                                 2\n"
    "\n"
    "          3               4                5               6\n"
    "\n"
    "      7       8       9       10      11      12      13      14\n"
    "\n"
    "    15 16   17 18   19 20   21 22   23 24   25 26   27 28   29 30\n"
    "\n"
    "\n"
    "In the tree above, each cell 'k' is topping '2*k+1' and '2*k+2'.  In\n"
    "a usual binary tournament we see in sports, each cell is the winner\n"
    "over the two cells it tops, and we can trace the winner down the tree\n"
    "to see all opponents s/he had.  However, in many computer applications\n"
    "of such tournaments, we do not need to trace the history of a winner.\n"
    "To be more memory efficient, when a winner is promoted, we try to\n"
    "replace it by something else at a lower level, and the rule becomes\n"
    "that a cell and the two cells it tops contain three different items,\n"
    "but the top cell \"wins\" over the two topped cells.\n"
    "\n"
    "If this heap invariant is protected at all time, index 0 is clearly\n"
    "the overall winner.  The simplest algorithmic way to remove it and\n"
    "find the \"next\" winner is to move some loser (let's say cell 30 in the\n"
    "diagram above) into the 0 position, and then percolate this new 0 down\n"
    "the tree, exchanging values, until the invariant is re-established.\n"
    "This is clearly logarithmic on the total number of items in the tree.\n"
    "By iterating over all items, you get an O(n ln n) sort.\n"
    "\n"
    "A nice feature of this sort is that you can efficiently insert new\n"
    "items while the sort is going on, provided that the inserted items are\n"
    "not \"better\" than the last 0'th element you extracted.  This is\n"
    "especially useful in simulation contexts, where the tree holds all\n"
    "incoming events, and the \"win\" condition means the smallest scheduled\n"
    "time.  When an event schedule other events for execution, they are\n"
    "scheduled into the future, so they can easily go into the heap.  So, a\n"
    "heap is a good structure for implementing schedulers (this is what I\n"
    "used for my MIDI sequencer :-).\n"
    "\n"
    "Various structures for implementing schedulers have been extensively\n"
    "studied, and heaps are good for this, as they are reasonably speedy,\n"
    "the speed is almost constant, and the worst case is not much different\n"
    "than the average case.  However, there are other representations which\n"
    "are more efficient overall, yet the worst cases might be terrible.\n"
    "\n"
    "Heaps are also very useful in big disk sorts.  You most probably all\n"
    "know that a big sort implies producing \"runs\" (which are pre-sorted\n"
    "sequences, which size is usually related to the amount of CPU memory),\n"
    "followed by a merging passes for these runs, which merging is often\n"
    "very cleverly organised[1].  It is very important that the initial\n"
    "sort produces the longest runs possible.  Tournaments are a good way\n"
    "to that.  If, using all the memory available to hold a tournament, you\n"
    "replace and percolate items that happen to fit the current run, you'll\n"
    "produce runs which are twice the size of the memory for random input,\n"
    "and much better for input fuzzily ordered.\n"
    "\n"
    "Moreover, if you output the 0'th item on disk and get an input which\n"
    "may not fit in the current tournament (because the value \"wins\" over\n"
    "the last output value), it cannot fit in the heap, so the size of the\n"
    "heap decreases.  The freed memory could be cleverly reused immediately\n"
    "for progressively building a second heap, which grows at exactly the\n"
    "same rate the first heap is melting.  When the first heap completely\n"
    "vanishes, you switch heaps and start a new run.  Clever and quite\n"
    "effective!\n"
    "\n"
    "In a word, heaps are useful memory structures to know.  I use them in\n"
    "a few applications, and I think it is good to keep a 'heap' module\n"
    "around. :-)\n"
    "\n"
    "--------------------\n"
    "[1] The disk balancing algorithms which are current, nowadays, are\n"
    "more annoying than clever, and this is a consequence of the seeking\n"
    "capabilities of the disks.  On devices which cannot seek, like big\n"
    "tape drives, the story was quite different, and one had to be very\n"
    "clever to ensure (far in advance) that each tape movement will be the\n"
    "most effective possible (that is, will best participate at\n"
    "\"progressing\" the merge).  Some tapes were even able to read\n"
    "backwards, and this was also used to avoid the rewinding time.\n"
    "Believe me, real good tape sorts were quite spectacular to watch!\n"
    "From all times, sorting has always been a Great Art! :-)\n"
    ;

int Heapq_Init(Object *module) {
    if (Module_AddObjectSteal(module, "__doc__", Str_FromUTF8(heapq_doc, -1)) < 0) return -1;
    if (Module_AddObjectSteal(module, "__about__", Str_FromUTF8(heapq_about, -1)) < 0) return -1;
    return Module_AddFunctions(module, heapq_functions);
}
