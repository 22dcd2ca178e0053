#include <wchar.h>
#include "CTerminalShim.h"
int sitrep_wcwidth(unsigned int scalar) { return wcwidth((wchar_t)scalar); }
