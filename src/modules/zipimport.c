/* The C half of zipimport: the central directory of a zip archive and the
 * data of its members (stored, or deflated through zlib).  lib/zipimport.py,
 * run in the same module, builds the zipimporter on these two functions,
 * which raise its ZipImportError with CPython's texts. */
#include "abstract.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/bytebuf.h"
#include "runtime/err.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

enum {
    EOCD_SIZE = 22,           /* the end of central directory record, without its comment */
    EOCD_SEARCH = 65535 + 22, /* a comment is at most 65535 bytes */
    CENTRAL_SIZE = 46,        /* a central directory entry, without its name, extra and comment */
    LOCAL_SIZE = 30,          /* a local file header, without its name and extra */
};

static uint32_t le16(const uint8_t *p) { return (uint32_t)p[0] | (uint32_t)p[1] << 8; }
static uint32_t le32(const uint8_t *p) { return le16(p) | le16(p + 2) << 16; }

/* Raises the module's ZipImportError(text % archive, path=archive);
 * returns NULL. */
static Object *zip_error(Object *m, const char *text, Object *archive) {
    Object *type = Dict_GetStr(MODULE_DICT(m), "ZipImportError");
    if (!type || !Type_Check(type)) type = (Object *)Exc_ImportError;
    Object *msg = Str_FromFormat(text, archive);
    Object *kwnames = Tuple_Pack(1, Str_InternC("path"));
    Object *args[] = {msg, archive};
    Object *exc = msg && kwnames ? Obj_Call(type, args, 1, kwnames) : NULL;
    XDECREF(msg);
    XDECREF(kwnames);
    if (exc) Err_SetRaised(exc);
    return NULL;
}

/* Whether n bytes from offset lie within the file f. */
static bool fits(FILE *f, int64_t offset, int64_t n) {
    long size = fseek(f, 0, SEEK_END) == 0 ? ftell(f) : -1;
    return size >= 0 && offset <= size && n <= size - offset;
}

static bool read_at(FILE *f, long offset, void *buf, size_t n) {
    return fseek(f, offset, SEEK_SET) == 0 && fread(buf, 1, n, f) == n;
}

/* The offset of the end of central directory record in f (of size size),
 * read into eocd; -1 when there is none. */
static long find_eocd(FILE *f, long size, uint8_t eocd[EOCD_SIZE]) {
    if (size < EOCD_SIZE) return -1;
    if (read_at(f, size - EOCD_SIZE, eocd, EOCD_SIZE) && le32(eocd) == 0x06054b50) return size - EOCD_SIZE;
    /* an archive comment follows it: look backwards through the tail */
    long start = size > EOCD_SEARCH ? size - EOCD_SEARCH : 0;
    size_t n = (size_t)(size - start);
    uint8_t *tail = malloc(n);
    long found = -1;
    if (tail && read_at(f, start, tail, n)) {
        for (long i = (long)n - EOCD_SIZE; i >= 0 && found < 0; i--)
            if (le32(tail + i) == 0x06054b50) {
                memcpy(eocd, tail + i, EOCD_SIZE);
                found = start + i;
            }
    }
    free(tail);
    return found;
}

/* A member's name as zipimport decodes it: UTF-8 when the entry says so
 * (flag bit 11), else code page 437, whose lower half is ASCII (the upper
 * half is read as Latin-1 here). */
static Object *member_name(const uint8_t *name, size_t n, uint32_t flags) {
    if (flags & 0x800) return Str_FromUTF8((const char *)name, (ssize_t)n);
    return Str_FromLatin1((const char *)name, (ssize_t)n);
}

/* One central directory entry at *pos of cd (n bytes) into files; *pos
 * moves past it.  0, 1 when the entry is malformed, -1 on error. */
static int add_entry(Object *files, Object *archive, const uint8_t *cd, size_t n, size_t *pos, long arc_offset) {
    const uint8_t *e = cd + *pos;
    if (n - *pos < CENTRAL_SIZE || le32(e) != 0x02014b50) return 1;
    uint32_t flags = le16(e + 8), compress = le16(e + 10), time = le16(e + 12), date = le16(e + 14);
    uint32_t crc = le32(e + 16), data_size = le32(e + 20), file_size = le32(e + 24);
    size_t name_size = le16(e + 28), extra_size = le16(e + 30), comment_size = le16(e + 32);
    long header_offset = (long)le32(e + 42) + arc_offset;
    if (n - *pos - CENTRAL_SIZE < name_size + extra_size + comment_size) return 1;
    *pos += CENTRAL_SIZE + name_size + extra_size + comment_size;
    Object *name = member_name(e + CENTRAL_SIZE, name_size, flags);
    Object *path = name ? Str_FromFormat("%U/%U", archive, name) : NULL;
    Object *fields[] = {path,
                        Int_FromI64(compress),
                        Int_FromI64(data_size),
                        Int_FromI64(file_size),
                        Int_FromI64(header_offset),
                        Int_FromI64(time),
                        Int_FromI64(date),
                        Int_FromI64(crc)};
    size_t nfields = sizeof fields / sizeof *fields;
    bool made = true;
    for (size_t i = 0; i < nfields; i++) made = made && fields[i];
    Object *entry = made ? Tuple_FromArray(fields, nfields) : NULL;
    int r = entry && Dict_SetItem(files, name, entry) == 0 ? 0 : -1;
    for (size_t i = 0; i < nfields; i++) XDECREF(fields[i]);
    XDECREF(entry);
    XDECREF(name);
    return r;
}

/* _read_directory(archive, /): {name: (path, compress, data_size,
 * file_size, file_offset, time, date, crc)} for the members of the zip
 * archive at path archive. */
static Object *zip_read_directory(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Object *archive = args[0];
    const char *path = Str_Check(archive) ? Str_AsUTF8(archive, NULL) : NULL;
    if (!path) return Str_Check(archive) ? NULL : zip_error(m, "can't open Zip file: %R", archive);
    FILE *f = fopen(path, "rb");
    if (!f) return zip_error(m, "can't open Zip file: %R", archive);
    Object *files = NULL;
    uint8_t eocd[EOCD_SIZE];
    long size = fseek(f, 0, SEEK_END) == 0 ? ftell(f) : -1;
    long eocd_pos = size < 0 ? -1 : find_eocd(f, size, eocd);
    if (size < 0) {
        zip_error(m, "can't read Zip file: %R", archive);
        goto done;
    }
    if (eocd_pos < 0) {
        zip_error(m, "not a Zip file: %R", archive);
        goto done;
    }
    long cd_size = (long)le32(eocd + 12), cd_offset = (long)le32(eocd + 16);
    if (eocd_pos < cd_size) {
        zip_error(m, "bad central directory size: %R", archive);
        goto done;
    }
    if (eocd_pos < cd_offset + cd_size) {
        zip_error(m, "bad central directory offset: %R", archive);
        goto done;
    }
    /* bytes before the archive (a self-extracting stub) shift every offset */
    long arc_offset = eocd_pos - cd_size - cd_offset;
    uint8_t *cd = malloc(cd_size ? (size_t)cd_size : 1);
    if (!cd) {
        Err_NoMemory();
        goto done;
    }
    if (!read_at(f, eocd_pos - cd_size, cd, (size_t)cd_size)) {
        free(cd);
        zip_error(m, "can't read Zip file: %R", archive);
        goto done;
    }
    files = Dict_New();
    size_t pos = 0, count = 0, expected = le16(eocd + 10);
    /* the entries run until one is not an entry: their number must be
     * the one the end record gives */
    while (files && pos < (size_t)cd_size) {
        int r = add_entry(files, archive, cd, (size_t)cd_size, &pos, arc_offset);
        if (r > 0) break;
        if (r < 0) CLEAR(files);
        count++;
    }
    free(cd);
    if (files && count != expected) {
        Object *msg =
            Str_FromFormat("mismatched num_entries: %zd should be %zd in %%R", (ssize_t)count, (ssize_t)expected);
        const char *text = msg ? Str_AsUTF8(msg, NULL) : NULL;
        if (text) zip_error(m, text, archive);
        XDECREF(msg);
        CLEAR(files);
    }
done:
    fclose(f);
    return files;
}

/* data (n bytes, raw deflate) inflated, in chunks: the size the archive
 * claims is not trusted.  Every compression method but "stored" is taken
 * for deflate, as CPython's zipimport takes it; a stream that ends early
 * gives what it gave (as zlib.decompress). */
static Object *inflate_data(Object *m, Object *archive, const uint8_t *data, size_t n) {
    z_stream z = {0};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK) return Err_NoMemory();
    ByteBuf out = {0};
    z.next_in = (Bytef *)data;
    z.avail_in = (uInt)n;
    int r = Z_OK;
    while (r == Z_OK) {
        enum { CHUNK = 64 * 1024 };
        if (ByteBuf_Reserve(&out, CHUNK) < 0) break;
        z.next_out = (Bytef *)out.data + out.len;
        z.avail_out = CHUNK;
        r = inflate(&z, Z_NO_FLUSH);
        out.len += CHUNK - z.avail_out;
        if (r == Z_BUF_ERROR && z.avail_in == 0) break; /* the input ran out before the stream's end */
    }
    inflateEnd(&z);
    Object *result = NULL;
    if (out.failed) Err_NoMemory();
    else if (r != Z_STREAM_END) zip_error(m, "can't decompress data: %R", archive);
    else result = Bytes_From(out.data, (ssize_t)out.len);
    ByteBuf_Free(&out);
    return result;
}

/* _get_data(archive, toc_entry, /): the bytes of one member, as described
 * by its entry of _read_directory. */
static Object *zip_get_data(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Object *archive = args[0], *entry = args[1];
    int64_t v[5];
    if (!Str_Check(archive) || !Tuple_Check(entry) || TUPLE_LEN(entry) < 5) {
        Err_SetString(Exc_TypeError, "_get_data() needs an archive path and a directory entry");
        return NULL;
    }
    for (int i = 1; i < 5; i++)
        if (!Int_Check(TUPLE_GET(entry, i)) || Int_AsI64(TUPLE_GET(entry, i), &v[i]) < 0 || v[i] < 0) {
            if (!Err_Occurred()) Err_SetString(Exc_TypeError, "_get_data() needs a directory entry of ints");
            return NULL;
        }
    int64_t compress = v[1], data_size = v[2], offset = v[4];
    const char *path = Str_AsUTF8(archive, NULL);
    if (!path) return NULL;
    FILE *f = fopen(path, "rb");
    if (!f) return zip_error(m, "can't open Zip file: %R", archive);
    uint8_t local[LOCAL_SIZE];
    Object *r = NULL;
    uint8_t *data = NULL;
    if (!read_at(f, (long)offset, local, LOCAL_SIZE)) {
        Err_SetString(Exc_EOFError, "EOF read where not expected");
    } else if (le32(local) != 0x04034b50) {
        zip_error(m, "bad local file header: %R", archive);
    } else {
        int64_t start = offset + LOCAL_SIZE + le16(local + 26) + le16(local + 28);
        if (!fits(f, start, data_size) || !(data = malloc(data_size ? (size_t)data_size : 1)) ||
            !read_at(f, (long)start, data, (size_t)data_size)) {
            if (data || !fits(f, start, data_size)) Err_SetString(Exc_OSError, "zipimport: can't read data");
            else Err_NoMemory();
        } else if (compress == 0) {
            r = Bytes_From(data, (ssize_t)data_size);
        } else {
            r = inflate_data(m, archive, data, (size_t)data_size);
        }
    }
    free(data);
    fclose(f);
    return r;
}

static const MethodDef zip_functions[] = {
    {"_read_directory", zip_read_directory, 0,
     ARGS("($module, archive, /)", "The members of a zip archive: {name: directory entry}.")},
    {"_get_data", zip_get_data, 0, ARGS("($module, archive, toc_entry, /)", "The bytes of a member of a zip archive.")},
    {NULL, NULL, 0, NULL},
};

int Zipimport_Init(Object *module) { return Module_AddFunctions(module, zip_functions); }
