#include "mapping.h"
#include <signal.h>
#include <sys/wait.h>

PROBE(.claim     = "After munmap() an access to the unmapped range raises SIGSEGV",
      .reference = "munmap(2) \"DESCRIPTION\" (\"further references to addresses within the range "
                   "to generate invalid memory references\")",
      .how       = "The probe maps a one-page file MAP_SHARED and munmap()s it; a child reading "
                   "the first byte of the range must be killed by SIGSEGV.");

PROBE_BODY
{
    int fd = mapping_file(mapping_page(), "hello");
    char *m = mapping_map(fd, mapping_page(), MAP_SHARED);

    EXPECT_OK(munmap(m, mapping_page()));
    int status = mapping_touch_in_child(m);
    EXPECT_TRUE(status != -1 && WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV,
                "expected the child touching the unmapped page killed by SIGSEGV; observed %s",
                describe_status(status));
}
