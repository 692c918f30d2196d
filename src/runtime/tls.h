/* Thread-local storage for the per-thread state of the runtime (the current
 * interpreter, the allocator's free lists, a few caches).
 *
 * The initial-exec model makes every access one load relative to the thread
 * pointer, also when libcipy.a is linked into a shared library (the default
 * model there, general-dynamic, calls __tls_get_addr on every access).  Such
 * a library must be loaded at program start, not dlopen'ed late; the
 * variables are kept few and small (a few hundred bytes in all) so that
 * dlopen still works on glibc, which reserves some room for them. */
#ifndef CIPY_TLS_H
#define CIPY_TLS_H

#define THREAD_LOCAL __thread __attribute__((tls_model("initial-exec")))

#endif
