#ifndef HIPBALANCE_CLIBXML2_SHIM_H
#define HIPBALANCE_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU; seeing ICU's headers beside Foundation's makes every module
   that imports both fail with "'UErrorCode' has different definitions in different modules". */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/SAX2.h>
#endif
