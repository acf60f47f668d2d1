#include "splice.h"

PROBE(.claim     = "splice() from an empty pipe with no writer left returns 0 (end of file)",
      .reference = "splice(2) \"RETURN VALUE\" (\"A return value of 0 means end of input\")",
      .how       = "The write end of an empty pipe is closed; a child's splice() from it into "
                   "another pipe must return 0 at once (exit 0; 2: another result).");

static int from[2], to[2];

static int splice_at_eof(void *arg)
{
    return splice(from[0], NULL, to[1], NULL, 5, 0) == 0 ? 0 : 2;
}

PROBE_BODY
{
    SETUP(pipe(from));
    SETUP(pipe(to));
    SETUP(close(from[1]));
    expect_child_exit(probe_spawn(splice_at_eof, NULL), 0,
                      "the child splicing from a writerless pipe (0: returned 0)");
}
