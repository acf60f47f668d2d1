/* Internal to the harness: what probe_main.c shares with the other harness files. */
#ifndef IPCPROBE_RUNNER_H
#define IPCPROBE_RUNNER_H
#include <grp.h>
void cleanup_prepare(const char *stem);
void cleanup_run(void);
void cleanup_mark_body_returned(void);
int cleanup_body_returned(void);
/* The pid of the Check test process; a probe_fail() from any other process only _exit()s. */
extern pid_t probe_test_pid;
#define PROBE_CHILD_VERDICT_EXIT 120
#endif
