// The system zlib for Swift: inflateInit2 is a macro (it passes the library version and the
// size of z_stream), which Swift cannot import, so it is wrapped here.
#ifndef CZLIB_SHIM_H
#define CZLIB_SHIM_H

#include <zlib.h>

/* Starts a raw DEFLATE stream (no zlib or gzip header), the form ZIP entries are stored in. */
static inline int cz_inflate_init_raw(z_stream *stream) { return inflateInit2(stream, -15); }

#endif
