#ifndef SITREP_CTERMINALSHIM_H
#define SITREP_CTERMINALSHIM_H
int sitrep_wcwidth(unsigned int scalar);
#endif
