/*
 * Leave nothing behind. The test body runs in a process Check forks, and a failed
 * expectation ends that process at once, so cleanup cannot live in the body. Instead the
 * body registers what it creates in a page shared with the runner process, and the runner
 * removes it all after the test, however the test ended. The probe's temporary directory
 * is made and removed by the runner in the same way.
 */
#define _XOPEN_SOURCE 700
#include "probe.h"
#include "runner.h"
#include <ftw.h>
#include <limits.h>
#include <mqueue.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>

#define MAX_DEFERRED 64

struct deferred {
    enum probe_object kind;
    long id;
    char name[PATH_MAX];
};

struct shared_page {
    int body_returned; /* set when probe_body() returns: an early _exit(0) is no pass */
    int count;
    struct deferred items[MAX_DEFERRED];
};

static struct shared_page *page;
static char tmpdir[PATH_MAX];

void cleanup_prepare(const char *stem)
{
    page = mmap(NULL, sizeof *page, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (page == MAP_FAILED)
        page = NULL;
    const char *base = getenv("TMPDIR");
    snprintf(tmpdir, sizeof tmpdir, "%s/ipcprobe.%s.XXXXXX", base && *base ? base : "/tmp", stem);
    if (!mkdtemp(tmpdir))
        tmpdir[0] = '\0';
}

void cleanup_mark_body_returned(void)
{
    if (page)
        page->body_returned = 1;
}

int cleanup_body_returned(void)
{
    return page && page->body_returned;
}

const char *probe_path(const char *name)
{
    static __thread char path[PATH_MAX];
    if (!tmpdir[0])
        probe_error("no private temporary directory (mkdtemp failed in the runner)");
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    return path;
}

void probe_defer_remove(enum probe_object kind, long id, const char *name)
{
    if (!page)
        probe_error("no cleanup page: cannot promise to remove what the probe creates");
    int i = __atomic_fetch_add(&page->count, 1, __ATOMIC_SEQ_CST);
    if (i >= MAX_DEFERRED)
        probe_error("more than %d objects to clean up", MAX_DEFERRED);
    page->items[i].kind = kind;
    page->items[i].id = id;
    snprintf(page->items[i].name, sizeof page->items[i].name, "%s", name ? name : "");
}

static int remove_entry(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
    (void)st; (void)type; (void)ftw;
    remove(path);
    return 0;
}

void cleanup_run(void)
{
    for (int i = 0; page && i < page->count && i < MAX_DEFERRED; i++) {
        struct deferred *d = &page->items[i];
        switch (d->kind) {
        case PROBE_SHM: shmctl((int)d->id, IPC_RMID, NULL); break;
        case PROBE_MSG: msgctl((int)d->id, IPC_RMID, NULL); break;
        case PROBE_SEM: semctl((int)d->id, 0, IPC_RMID); break;
        case PROBE_POSIX_SHM: shm_unlink(d->name); break;
        case PROBE_POSIX_MQ: mq_unlink(d->name); break;
        case PROBE_POSIX_SEM: sem_unlink(d->name); break;
        case PROBE_FILE: unlink(d->name); break;
        }
    }
    if (tmpdir[0])
        nftw(tmpdir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

const char *probe_helper(const char *name)
{
    static __thread char path[PATH_MAX];
    const char *dir = getenv("IPCPROBE_HELPERS");
    if (dir && *dir) {
        snprintf(path, sizeof path, "%s/%s", dir, name);
    } else {
        /* build/probes/<mechanism>/<stem> -> build/helpers/<name> */
        char self[PATH_MAX];
        ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
        if (n < 0)
            probe_error("cannot find helper %s: /proc/self/exe unreadable", name);
        self[n] = '\0';
        for (int up = 0; up < 3; up++) {
            char *slash = strrchr(self, '/');
            if (slash)
                *slash = '\0';
        }
        snprintf(path, sizeof path, "%s/helpers/%s", self, name);
    }
    if (access(path, X_OK) != 0)
        probe_error("helper program %s not found (build it with make)", path);
    return path;
}

int probe_drop_to_nobody(void)
{
    if (geteuid() != 0)
        return -1;
    if (setgroups(0, NULL) != 0 || setresgid(65534, 65534, 65534) != 0 ||
        setresuid(65534, 65534, 65534) != 0)
        return -1;
    return 0;
}
