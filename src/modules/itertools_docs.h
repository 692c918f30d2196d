/* The docstrings of itertools and its types, as CPython 3.14 shows them. */
#ifndef CIPY_ITERTOOLS_DOCS_H
#define CIPY_ITERTOOLS_DOCS_H
#define DOC_accumulate \
    "Return series of accumulated sums (or other binary function results)."
#define DOC_batched \
    "Batch data into tuples of length n. The last batch may be shorter than n.\n" \
    "\n" \
    "Loops over the input iterable and accumulates data into tuples\n" \
    "up to size n.  The input is consumed lazily, just enough to\n" \
    "fill a batch.  The result is yielded as soon as a batch is full\n" \
    "or when the input iterable is exhausted.\n" \
    "\n" \
    "    >>> for batch in batched('ABCDEFG', 3):\n" \
    "    ...     print(batch)\n" \
    "    ...\n" \
    "    ('A', 'B', 'C')\n" \
    "    ('D', 'E', 'F')\n" \
    "    ('G',)\n" \
    "\n" \
    "If \"strict\" is True, raises a ValueError if the final batch is shorter\n" \
    "than n."
#define DOC_chain \
    "Return a chain object whose .__next__() method returns elements from the\n" \
    "first iterable until it is exhausted, then elements from the next\n" \
    "iterable, until all of the iterables are exhausted."
#define DOC_combinations \
    "Return successive r-length combinations of elements in the iterable.\n" \
    "\n" \
    "combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)"
#define DOC_combinations_with_replacement \
    "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.\n" \
    "\n" \
    "combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')"
#define DOC_compress \
    "Return data elements corresponding to true selector elements.\n" \
    "\n" \
    "Forms a shorter iterator from selected data elements using the selectors\n" \
    "to choose the data elements."
#define DOC_count \
    "Return a count object whose .__next__() method returns consecutive values.\n" \
    "\n" \
    "Equivalent to:\n" \
    "    def count(firstval=0, step=1):\n" \
    "        x = firstval\n" \
    "        while 1:\n" \
    "            yield x\n" \
    "            x += step"
#define DOC_cycle \
    "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."
#define DOC_dropwhile \
    "Drop items from the iterable while predicate(item) is true.\n" \
    "\n" \
    "Afterwards, return every element until the iterable is exhausted."
#define DOC_filterfalse \
    "Return those items of iterable for which function(item) is false.\n" \
    "\n" \
    "If function is None, return the items that are false."
#define DOC_groupby \
    "make an iterator that returns consecutive keys and groups from the iterable\n" \
    "\n" \
    "  iterable\n" \
    "    Elements to divide into groups according to the key function.\n" \
    "  key\n" \
    "    A function for computing the group category for each element.\n" \
    "    If the key function is not specified or is None, the element itself\n" \
    "    is used for grouping."
#define DOC_islice \
    "islice(iterable, stop) --> islice object\n" \
    "islice(iterable, start, stop[, step]) --> islice object\n" \
    "\n" \
    "Return an iterator whose next() method returns selected values from an\n" \
    "iterable.  If start is specified, will skip all preceding elements;\n" \
    "otherwise, start defaults to zero.  Step defaults to one.  If\n" \
    "specified as another value, step determines how many values are\n" \
    "skipped between successive calls.  Works like a slice() on a list\n" \
    "but returns an iterator."
#define DOC_pairwise \
    "Return an iterator of overlapping pairs taken from the input iterator.\n" \
    "\n" \
    "    s -> (s0,s1), (s1,s2), (s2, s3), ..."
#define DOC_permutations \
    "Return successive r-length permutations of elements in the iterable.\n" \
    "\n" \
    "permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)"
#define DOC_product \
    "Cartesian product of input iterables.  Equivalent to nested for-loops.\n" \
    "\n" \
    "For example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).\n" \
    "The leftmost iterators are in the outermost for-loop, so the output tuples\n" \
    "cycle in a manner similar to an odometer (with the rightmost element changing\n" \
    "on every iteration).\n" \
    "\n" \
    "To compute the product of an iterable with itself, specify the number\n" \
    "of repetitions with the optional repeat keyword argument. For example,\n" \
    "product(A, repeat=4) means the same as product(A, A, A, A).\n" \
    "\n" \
    "product('ab', range(3)) --> ('a',0) ('a',1) ('a',2) ('b',0) ('b',1) ('b',2)\n" \
    "product((0,1), (0,1), (0,1)) --> (0,0,0) (0,0,1) (0,1,0) (0,1,1) (1,0,0) ..."
#define DOC_repeat \
    "repeat(object [,times]) -> create an iterator which returns the object\n" \
    "for the specified number of times.  If not specified, returns the object\n" \
    "endlessly."
#define DOC_starmap \
    "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."
#define DOC_takewhile \
    "Return successive entries from an iterable as long as the predicate evaluates to true for each entry."
#define DOC_tee \
    "Returns a tuple of n independent iterators."
#define DOC_zip_longest \
    "Return a zip_longest object whose .__next__() method returns a tuple where\n" \
    "the i-th element comes from the i-th iterable argument.  The .__next__()\n" \
    "method continues until the longest iterable in the argument sequence\n" \
    "is exhausted and then it raises StopIteration.  When the shorter iterables\n" \
    "are exhausted, the fillvalue is substituted in their place.  The fillvalue\n" \
    "defaults to None or can be specified by a keyword argument.\n"
#define DOC_grouper NULL
#define DOC_tee_object \
    "Iterator wrapped to make it copyable."
#define DOC_tee_dataobject \
    "teedataobject(iterable, values, next, /)\n" \
    "--\n" \
    "\n" \
    "Data container common to multiple tee objects."
#define DOC_module \
    "Functional tools for creating and using iterators.\n" \
    "\n" \
    "Infinite iterators:\n" \
    "count(start=0, step=1) --> start, start+step, start+2*step, ...\n" \
    "cycle(p) --> p0, p1, ... plast, p0, p1, ...\n" \
    "repeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times\n" \
    "\n" \
    "Iterators terminating on the shortest input sequence:\n" \
    "accumulate(p[, func]) --> p0, p0+p1, p0+p1+p2\n" \
    "batched(p, n) --> [p0, p1, ..., p_n-1], [p_n, p_n+1, ..., p_2n-1], ...\n" \
    "chain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...\n" \
    "chain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...\n" \
    "compress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...\n" \
    "dropwhile(predicate, seq) --> seq[n], seq[n+1], starting when predicate fails\n" \
    "groupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)\n" \
    "filterfalse(predicate, seq) --> elements of seq where predicate(elem) is False\n" \
    "islice(seq, [start,] stop [, step]) --> elements from\n" \
    "       seq[start:stop:step]\n" \
    "pairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...\n" \
    "starmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...\n" \
    "tee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n\n" \
    "takewhile(predicate, seq) --> seq[0], seq[1], until predicate fails\n" \
    "zip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...\n" \
    "\n" \
    "Combinatoric generators:\n" \
    "product(p, q, ... [repeat=1]) --> cartesian product\n" \
    "permutations(p[, r])\n" \
    "combinations(p, r)\n" \
    "combinations_with_replacement(p, r)\n"
#endif
