#ifndef HIPBALANCE_CGZIP_SHIM_H
#define HIPBALANCE_CGZIP_SHIM_H
#include <zlib.h>
#endif
