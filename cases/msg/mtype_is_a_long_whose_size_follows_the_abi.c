#include "sysv_msgsem.h"
#include <limits.h>

#define STR_(x) #x
#define STR(x) STR_(x)

PROBE(.claim     = "msgsnd and msgrcv take mtype as a C long of the caller's ABI: the text starts "
                   "sizeof(long) bytes into the message (4 bytes for -m32/i386, 8 for x86_64)",
      .reference = "msgsnd(2) \"DESCRIPTION\" (struct msgbuf: long mtype; char mtext[])",
      .how       = "A message is laid out by hand in a byte buffer: a long mtype whose every byte "
                   "matters (LONG_MAX - 6), then 5 text bytes at offset sizeof(long). It is sent "
                   "with msgsz 5 and received by that exact type into a buffer filled with 0xAA: "
                   "msg_cbytes and msgrcv must count 5 bytes, the long must come back whole, the "
                   "text must sit at offset sizeof(long) and nothing be written past it. "
                   "In this build sizeof(long) is " STR(__SIZEOF_LONG__) " bytes.");

PROBE_BODY
{
    int id = msg_queue();
    const long type = LONG_MAX - 6; /* a 4-byte reader of a 64-bit long sees another type */
    const size_t at = sizeof(long);
    unsigned char out[sizeof(long) + 5], in[sizeof(long) + 16];

    memcpy(out, &type, sizeof type);
    memcpy(out + at, "hello", 5);
    EXPECT_OK(msgsnd(id, out, 5, IPC_NOWAIT));
    EXPECT_EQ(msg_stat(id).msg_cbytes, 5, "msg_cbytes after sending 5 text bytes");

    memset(in, 0xAA, sizeof in);
    long n = EXPECT_OK(msgrcv(id, in, sizeof in - at, type, IPC_NOWAIT));
    EXPECT_EQ(n, 5, "msgrcv's return value (text bytes)");
    long got;
    memcpy(&got, in, sizeof got);
    EXPECT_EQ(got, type, "the mtype read back as a long of sizeof(long) bytes");
    EXPECT_TRUE(memcmp(in + at, "hello", 5) == 0,
                "expected the text \"hello\" at offset %zu (= sizeof(long)); observed \"%.5s\"",
                at, (const char *)in + at);
    EXPECT_TRUE(in[at + 5] == 0xAA,
                "expected nothing written past the 5 text bytes at offset %zu; observed 0x%02x",
                at + 5, in[at + 5]);
}
