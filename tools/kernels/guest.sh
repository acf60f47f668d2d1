#!/bin/sh
# Inside a guest kernel booted by make kernels (tools/kernels/kernels.py): the root is this
# box's own, read-only, under a tmpfs overlay; /results is shared with the host read-write.
# Runs the suite as `make run` would and leaves results.json, junit.xml, report.html and the
# runner's output (run.log) in /results. Its lines starting "ipcprobe-guest:" are read by the
# host: "up <release> <cpus>" once the box is ready (the boot time ends there), "done <rc>".
# Its settings come from the shell file IPCPROBE_ENV (written by kernels.py for this run):
#   IPCPROBE_REPO        the working tree (same path as on the host)
#   IPCPROBE_ARGS        a file with the runner's options, one a line (make's RUN_ARGS)
#   IPCPROBE_MODULES     the kernel's modules, linked as /lib/modules/$(uname -r) (modprobe)
#   IPCPROBE_SYSCTL      name=value lines, set before the run (a condition of this run)
#   IPCPROBE_RUNS_ON     "qemu-system tcg 7.2.22", "uml": recorded in the box facts
#   IPCPROBE_CONDITIONS  the conditions of this run, recorded in the box facts
say() { echo "ipcprobe-guest: $*"; }
. "$IPCPROBE_ENV"
export IPCPROBE_RUNS_ON IPCPROBE_CONDITIONS
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev 2>/dev/null
mkdir -p /dev/pts /dev/shm /dev/mqueue
mount -t devpts devpts /dev/pts
mount -t tmpfs tmpfs /dev/shm
mount -t mqueue mqueue /dev/mqueue
mount -t tmpfs tmpfs /run
mount -t tmpfs tmpfs /tmp
ip link set lo up
hostname ipcprobe-guest
if [ -n "$IPCPROBE_MODULES" ]; then
    mkdir -p /lib/modules && ln -sfn "$IPCPROBE_MODULES" "/lib/modules/$(uname -r)"
fi
printf '%s\n' "$IPCPROBE_SYSCTL" >/run/ipcprobe-sysctl
while IFS= read -r s; do
    [ -z "$s" ] || sysctl -q -w "$s" || { say "cannot set sysctl $s"; say "done 3"; exit 3; }
done </run/ipcprobe-sysctl
set --
while IFS= read -r arg; do set -- "$@" "$arg"; done <"$IPCPROBE_ARGS"
cd "$IPCPROBE_REPO" || { say "done 3"; exit 3; }
say "up $(uname -r) $(nproc)"
PYTHONDONTWRITEBYTECODE=1 /usr/bin/python3 -m pytest cases -p no:cacheprovider \
    --reports-dir=/results "$@" >/results/run.log 2>&1
rc=$?
sync
say "done $rc"
