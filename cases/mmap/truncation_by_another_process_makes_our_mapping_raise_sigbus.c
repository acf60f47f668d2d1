#include "mapping.h"
#include <signal.h>
#include <sys/wait.h>

PROBE(.claim     = "When an unrelated process truncates a file, a page of our mapping now past "
                   "its end raises SIGBUS when touched",
      .reference = "mmap(2) \"ERRORS\" (SIGBUS); truncate(2) \"DESCRIPTION\"",
      .how       = "The probe maps a one-page file MAP_SHARED (a child reading it exits 0); "
                   "mmap_peer (exec'd) truncates the file to 0 bytes; a child reading the same "
                   "byte of the mapping must now be killed by SIGBUS.");

PROBE_BODY
{
    int fd = mapping_file(mapping_page(), "hello");
    char *m = mapping_map(fd, mapping_page(), MAP_SHARED);
    int before = mapping_touch_in_child(m);
    if (before == -1 || !WIFEXITED(before))
        probe_error("a child reading the mapping before truncation: %s", describe_status(before));

    EXPECT_EQ(mapping_peer(NULL, 0, "truncate", "0", NULL), 0, "mmap_peer truncate's exit code");
    int status = mapping_touch_in_child(m);
    EXPECT_TRUE(status != -1 && WIFSIGNALED(status) && WTERMSIG(status) == SIGBUS,
                "expected the child touching the truncated page killed by SIGBUS; observed %s",
                describe_status(status));
}
