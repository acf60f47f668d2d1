/* Names for errno values, signals and wait statuses, the same on glibc and musl. */
#include "probe.h"
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>

#define N(x) case x: return #x;

const char *errno_name(int err)
{
    static __thread char buf[32];
    switch (err) {
    case 0: return "no error";
    N(EPERM) N(ENOENT) N(ESRCH) N(EINTR) N(EIO) N(ENXIO) N(E2BIG) N(ENOEXEC) N(EBADF)
    N(ECHILD) N(EAGAIN) N(ENOMEM) N(EACCES) N(EFAULT) N(EBUSY) N(EEXIST) N(EXDEV)
    N(ENODEV) N(ENOTDIR) N(EISDIR) N(EINVAL) N(ENFILE) N(EMFILE) N(ENOTTY) N(EFBIG)
    N(ENOSPC) N(ESPIPE) N(EROFS) N(EMLINK) N(EPIPE) N(EDOM) N(ERANGE) N(EDEADLK)
    N(ENAMETOOLONG) N(ENOLCK) N(ENOSYS) N(ENOTEMPTY) N(ELOOP) N(ENOMSG) N(EIDRM)
    N(ENOSTR) N(ENODATA) N(ETIME) N(EOVERFLOW) N(EBADFD) N(ENOTSOCK) N(EDESTADDRREQ)
    N(EMSGSIZE) N(EPROTOTYPE) N(ENOPROTOOPT) N(EPROTONOSUPPORT) N(ESOCKTNOSUPPORT)
    N(EOPNOTSUPP) N(EPFNOSUPPORT) N(EAFNOSUPPORT) N(EADDRINUSE) N(EADDRNOTAVAIL)
    N(ENETDOWN) N(ENETUNREACH) N(ENETRESET) N(ECONNABORTED) N(ECONNRESET) N(ENOBUFS)
    N(EISCONN) N(ENOTCONN) N(ESHUTDOWN) N(ETIMEDOUT) N(ECONNREFUSED) N(EHOSTDOWN)
    N(EHOSTUNREACH) N(EALREADY) N(EINPROGRESS) N(ECANCELED) N(EOWNERDEAD)
    N(ENOTRECOVERABLE) N(ENOPKG)
    }
    snprintf(buf, sizeof buf, "errno %d", err);
    return buf;
}

const char *signal_name(int sig)
{
    static __thread char buf[32];
    switch (sig) {
    N(SIGHUP) N(SIGINT) N(SIGQUIT) N(SIGILL) N(SIGTRAP) N(SIGABRT) N(SIGBUS) N(SIGFPE)
    N(SIGKILL) N(SIGUSR1) N(SIGSEGV) N(SIGUSR2) N(SIGPIPE) N(SIGALRM) N(SIGTERM)
    N(SIGSTKFLT) N(SIGCHLD) N(SIGCONT) N(SIGSTOP) N(SIGTSTP) N(SIGTTIN) N(SIGTTOU)
    N(SIGURG) N(SIGXCPU) N(SIGXFSZ) N(SIGVTALRM) N(SIGPROF) N(SIGWINCH) N(SIGIO)
    N(SIGPWR) N(SIGSYS)
    }
    if (sig >= SIGRTMIN && sig <= SIGRTMAX)
        snprintf(buf, sizeof buf, "SIGRTMIN+%d", sig - SIGRTMIN);
    else
        snprintf(buf, sizeof buf, "signal %d", sig);
    return buf;
}

const char *describe_status(int status)
{
    static __thread char buf[64];
    if (status == -1)
        snprintf(buf, sizeof buf, "still running at the bound (killed)");
    else if (WIFEXITED(status))
        snprintf(buf, sizeof buf, "exited %d", WEXITSTATUS(status));
    else if (WIFSIGNALED(status))
        snprintf(buf, sizeof buf, "killed by %s%s", signal_name(WTERMSIG(status)),
                 WCOREDUMP(status) ? " (core dumped)" : "");
    else if (WIFSTOPPED(status))
        snprintf(buf, sizeof buf, "stopped by %s", signal_name(WSTOPSIG(status)));
    else if (WIFCONTINUED(status))
        snprintf(buf, sizeof buf, "continued");
    else
        snprintf(buf, sizeof buf, "wait status 0x%x", status);
    return buf;
}
