#include "mapping.h"
#include <signal.h>
#include <sys/wait.h>

PROBE(.claim     = "Touching a page of a file mapping that lies wholly past the end of the file "
                   "raises SIGBUS",
      .reference = "mmap(2) \"ERRORS\" (SIGBUS: \"Attempted access to a page of the buffer that "
                   "lies beyond the end of the mapped file\")",
      .how       = "A one-page file is mapped MAP_SHARED two pages long; a child reads the first "
                   "byte of the second page and must be killed by SIGBUS (reading the first "
                   "page is fine).");

PROBE_BODY
{
    size_t page = mapping_page();
    int fd = mapping_file(page, "hello");
    char *m = mapping_map(fd, 2 * page, MAP_SHARED);

    int status = mapping_touch_in_child(m + page);
    EXPECT_TRUE(status != -1 && WIFSIGNALED(status) && WTERMSIG(status) == SIGBUS,
                "expected the child touching past the end killed by SIGBUS; observed %s",
                describe_status(status));
}
