#!/bin/sh
# make arches without root: run COMMAND as the calling user with one emulator registered in a
# binfmt_misc of its own (Linux 6.7, "binfmt_misc: enable sandboxed mounts"), which applies to
# that user namespace and those below it only, and is gone with them.
#   tools/arches-userns.sh --check                       can this box do it? (why not: stderr)
#   tools/arches-userns.sh REGISTRATION -- COMMAND...    (tools/arches.sh --registration ARCH EMU)
# Namespaces, from the outside in: a user namespace mapping the caller to root (it mounts
# binfmt_misc and owns its register file) with its own mount and PID namespaces and /proc;
# inside it, one mapping the caller back to its own uid and gid, in which COMMAND runs with
# ambient capabilities, so that an emulated launcher can make a probe's namespaces (qemu-user is
# multithreaded and cannot make a user namespace itself); ipcprobe-isolate drops them before it
# execs the probe. unshare dies with this script's parent (PR_SET_PDEATHSIG), the PID
# namespace's first process with unshare, and the rest with it: no entry, mount or process of
# the run is left, also after a SIGKILL.
set -eu
binfmt=/proc/sys/fs/binfmt_misc
say() { echo "arches: $*" >&2; }

case ${1:-} in
--check)
    command -v unshare >/dev/null 2>&1 && command -v setpriv >/dev/null 2>&1 ||
        { say "needs unshare and setpriv (util-linux)"; exit 1; }
    why=$(unshare --user --map-root-user --mount \
          unshare --user --map-user="$(id -u)" --map-group="$(id -g)" --keep-caps true 2>&1) ||
        { say "this user may not make user namespaces ($why)"; exit 1; }
    why=$(unshare --user --map-root-user --mount mount -t binfmt_misc binfmt_misc $binfmt 2>&1) ||
        { say "Linux $(uname -r) gives a user namespace no binfmt_misc of its own ($why)"; exit 1; }
    exit 0 ;;
--inside) # as root of the outer user namespace, PID 1 of its PID namespace
    uid=$2 gid=$3 registration=$4
    shift 5
    mount -t binfmt_misc binfmt_misc $binfmt
    printf '%s' "$registration" >$binfmt/register
    # Not exec: this shell stays PID 1, and COMMAND keeps the ordinary PID semantics.
    unshare --user --map-user="$uid" --map-group="$gid" --keep-caps -- "$@" || exit
    exit 0 ;;
esac

[ $# -ge 3 ] && [ "$2" = -- ] || { say "usage: tools/arches-userns.sh REGISTRATION -- COMMAND..."; exit 2; }
registration=$1
shift 2
exec setpriv --pdeathsig=KILL -- unshare --user --map-root-user --mount --pid --fork --kill-child \
    --mount-proc -- sh "$0" --inside "$(id -u)" "$(id -g)" "$registration" -- "$@"
