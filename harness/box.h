#ifndef IPCPROBE_BOX_H
#define IPCPROBE_BOX_H
#include <stdio.h>
/* One line of JSON: libc, libc_version, compiler, machine, bits, link. */
void box_print_json(FILE *out);
#endif
