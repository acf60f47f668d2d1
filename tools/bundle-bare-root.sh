#!/bin/sh
# Try the bundle where nothing of ours is installed: tools/bundle-bare-root.sh ARCHIVE [ARGS...]
# Builds (once, cached in /var/tmp/ipcprobe-bare-root) a root holding only busybox and
# Debian's python3 with its standard library (no ip, ipcs, unshare; /dev a bare tmpfs without
# /dev/mqueue), enters it with unshare + pivot_root, unpacks ARCHIVE with busybox tar and
# runs ./ipcprobe-run ARGS there. Root only; for acceptance checks of make bundle.
set -eu
archive=$(realpath "${1:?usage: tools/bundle-bare-root.sh ARCHIVE [ARGS...]}")
shift
root=/var/tmp/ipcprobe-bare-root
debs="busybox-static python3-minimal python3.11-minimal libpython3.11-minimal python3.11
  libpython3.11-stdlib libc6 zlib1g libexpat1 libffi8 libssl3 libbz2-1.0 liblzma5 media-types"

if [ ! -x "$root/usr/bin/python3" ]; then
    tmp=$(mktemp -d)
    (cd "$tmp" && apt-get download $debs >/dev/null 2>&1) || { echo "apt-get download failed" >&2; exit 1; }
    mkdir -p "$root/proc" "$root/dev" "$root/tmp" "$root/etc" "$root/opt"
    for d in "$tmp"/*.deb; do dpkg-deb -x "$d" "$root"; done
    rm -rf "$tmp"
    for l in bin sbin lib lib64; do  # merged /usr, as Debian 12 has it
        mkdir -p "$root/usr/$l"
        if [ -d "$root/$l" ] && [ ! -L "$root/$l" ]; then
            cp -a "$root/$l/." "$root/usr/$l/" && rm -rf "${root:?}/$l"
        fi
        ln -sfn "usr/$l" "$root/$l"
    done
    chmod 1777 "$root/tmp"
    for c in $("$root/usr/bin/busybox" --list); do
        [ -e "$root/usr/bin/$c" ] || [ -e "$root/usr/sbin/$c" ] || ln -s busybox "$root/usr/bin/$c"
    done
    rm -f "$root/usr/bin/ip" "$root/usr/bin/ipcs" "$root/usr/bin/ipcrm" "$root/usr/bin/unshare" \
          "$root/usr/bin/nsenter"
    echo 'PRETTY_NAME="busybox + python3 (bare root)"' >"$root/etc/os-release"
    printf 'root:x:0:0::/root:/bin/sh\nnobody:x:65534:65534::/:/bin/sh\n' >"$root/etc/passwd"
    printf 'root:x:0:\nnogroup:x:65534:\n' >"$root/etc/group"
fi
rm -rf "$root/opt"/* && cp "$archive" "$root/opt/"

unshare --mount --pid --fork --kill-child sh -c '
  set -e
  root=$1; shift
  mount --make-rprivate /
  mount --bind "$root" "$root"
  mount -t proc proc "$root/proc"
  mount -t tmpfs -o mode=755 dev "$root/dev"
  for n in null:1:3 zero:1:5 full:1:7 random:1:8 urandom:1:9 tty:5:0; do
    IFS=: read name major minor <<EOF
$n
EOF
    mknod -m 666 "$root/dev/$name" c "$major" "$minor"
  done
  mkdir "$root/dev/shm" && mount -t tmpfs -o mode=1777 shm "$root/dev/shm"
  mount -t tmpfs -o mode=1777 tmp "$root/tmp"
  cd "$root" && mkdir -p .oldroot && pivot_root . .oldroot && umount -l /.oldroot && rmdir /.oldroot
  exec /usr/bin/env -i PATH=/usr/bin:/usr/sbin HOME=/ TERM=dumb /bin/sh -c "
    cd /opt && { tar -xzf ipcprobe-*.tar.gz || xz -dc ipcprobe-*.tar.xz | tar -xf -; } 2>/dev/null && rm ipcprobe-*.tar.* && cd ipcprobe-* && time ./ipcprobe-run \"\$@\"
    rc=\$?; ls reports; exit \$rc" ipcprobe-run "$@"
' bundle-bare-root "$root" "$@"
