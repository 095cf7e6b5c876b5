#ifndef VUOSIKELLO_CLIBICAL_SHIM_H
#define VUOSIKELLO_CLIBICAL_SHIM_H
#include <libical/ical.h>
#endif
