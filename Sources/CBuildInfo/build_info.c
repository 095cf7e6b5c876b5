#include "build_info.h"

#ifndef VUOSIKELLO_COMMIT
#define VUOSIKELLO_COMMIT ""
#endif

const char *vuosikello_commit(void) { return VUOSIKELLO_COMMIT; }
