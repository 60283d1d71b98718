#!/usr/bin/env bash
# Build the local service images (no registry is reachable, so nothing is pulled):
#
#   coach-gate-local/postgres:15     Debian bookworm postgresql-15
#   coach-gate-local/redis:7         Debian bookworm redis-server
#   coach-gate-local/mariadb:10      Debian bookworm mariadb-server (10.11)
#   coach-gate-local/never-ready:1   runs forever, never listens
#
# All four share ONE root filesystem made with `debootstrap --variant=minbase`
# plus the service packages. The rootfs tarball is cached in
# $COACH_GATE_CACHE_DIR (default /var/cache/coach-gate) under a key that hashes
# this script and scripts/docker/rootfs/*, so a reused machine skips debootstrap.
# Images carry the key as a label; images with the current key are kept.
#
# Usage: build-images.sh [--force]      (--force rebuilds the rootfs and images)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CACHE_DIR="${COACH_GATE_CACHE_DIR:-/var/cache/coach-gate}"
SUITE=bookworm
PREFIX=coach-gate-local
LABEL_KEY=coach-gate.rootfs-key
IMAGES=("$PREFIX/postgres:15" "$PREFIX/redis:7" "$PREFIX/mariadb:10" "$PREFIX/never-ready:1")
PACKAGES=(postgresql-15 redis-server mariadb-server mariadb-client)
FORCE=0
[ "${1:-}" = "--force" ] && FORCE=1

T_START=$SECONDS
say() { printf '[build-images +%ss] %s\n' "$((SECONDS - T_START))" "$*" >&2; }
die() { printf '[build-images] ERROR: %s\n' "$*" >&2; exit 1; }

KEY="$(cat "$HERE/build-images.sh" "$HERE"/rootfs/* | sha256sum | cut -c1-16)"
TARBALL="$CACHE_DIR/rootfs-$SUITE-$KEY.tar"

image_current() {
  local got
  got="$(docker image inspect --format "{{index .Config.Labels \"$LABEL_KEY\"}}" "$1" 2>/dev/null)" || return 1
  [ "$got" = "$KEY" ]
}

all_current() {
  local img
  for img in "${IMAGES[@]}"; do image_current "$img" || return 1; done
}

# --- Debian mirror: reuse what apt on this machine uses --------------------
# Prints "<main-uri> <security-uri-or-empty>".
detect_mirrors() {
  local main="${COACH_GATE_DEBIAN_MIRROR:-}" sec="${COACH_GATE_DEBIAN_SECURITY_MIRROR:-}"
  local entries
  # One line per (uri, suite) from deb822 .sources files and one-line .list files.
  entries="$(
    {
      for f in /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] || continue
        awk 'BEGIN{RS=""; FS="\n"}
          {
            uris=""; suites=""; types=""; enabled="yes"
            for (i = 1; i <= NF; i++) {
              line = $i
              if (line ~ /^#/) continue
              split(line, kv, ":[ \t]*")
              key = tolower(kv[1]); val = substr(line, length(kv[1]) + 2); gsub(/^[ \t]+/, "", val)
              if (key == "uris") uris = val
              else if (key == "suites") suites = val
              else if (key == "types") types = val
              else if (key == "enabled") enabled = tolower(val)
            }
            if (enabled == "no" || types !~ /(^|[ \t])deb([ \t]|$)/) next
            n = split(uris, u, /[ \t]+/); m = split(suites, s, /[ \t]+/)
            for (a = 1; a <= n; a++) for (b = 1; b <= m; b++) print u[a], s[b]
          }' "$f"
      done
      for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [ -f "$f" ] || continue
        awk '$1 == "deb" { i = 2; if ($2 ~ /^\[/) { while (i <= NF && $i !~ /\]$/) i++; i++ } print $i, $(i+1) }' "$f"
      done
    } 2>/dev/null
  )"
  if [ -z "$main" ]; then
    main="$(awk -v s="$SUITE" '$2 == s { print $1; exit }' <<<"$entries")"
  fi
  if [ -z "$sec" ]; then
    sec="$(awk -v s="$SUITE-security" '$2 == s || $2 == s"/updates" { print $1; exit }' <<<"$entries")"
  fi
  printf '%s %s\n' "${main:-http://deb.debian.org/debian}" "${sec:-}"
}

ensure_debootstrap() {
  command -v debootstrap >/dev/null 2>&1 && return 0
  export DEBIAN_FRONTEND=noninteractive
  local opts=(-o DPkg::Lock::Timeout=300)
  if ! apt-cache policy debootstrap 2>/dev/null | grep -q 'Candidate: [0-9]'; then
    apt-get "${opts[@]}" update -qq
  fi
  say "installing debootstrap"
  apt-get "${opts[@]}" install -y -qq --no-install-recommends debootstrap >/dev/null
}

WORK=""
cleanup() {
  if [ -n "$WORK" ] && [ -d "$WORK" ]; then
    local m
    for m in proc sys dev/pts; do
      mountpoint -q "$WORK/root/$m" 2>/dev/null && umount -l "$WORK/root/$m" || true
    done
    # Deleting ~1 GB of small files takes seconds; do it in the background
    # unless something is still mounted below the work dir.
    if grep -q " $WORK/" /proc/mounts; then
      say "WARNING: mounts left below $WORK; not deleting it"
    else
      setsid nohup rm -rf --one-file-system "$WORK" >/dev/null 2>&1 </dev/null &
    fi
  fi
}
trap cleanup EXIT

build_rootfs() {
  [ "$(id -u)" -eq 0 ] || die "building the rootfs needs root (debootstrap/chroot)"
  ensure_debootstrap
  local mirrors main sec
  mirrors="$(detect_mirrors)"
  main="${mirrors%% *}"
  sec="${mirrors#* }"
  say "mirror: $main  security: ${sec:-<none>}"

  mkdir -p "$CACHE_DIR" /var/tmp
  WORK="$(mktemp -d /var/tmp/coach-gate-rootfs.XXXXXX)"
  local R="$WORK/root" t0=$SECONDS
  say "debootstrap --variant=minbase $SUITE"
  if ! debootstrap --variant=minbase "$SUITE" "$R" "$main" >"$WORK/debootstrap.log" 2>&1; then
    tail -n 30 "$WORK/debootstrap.log" >&2
    tail -n 30 "$R/debootstrap/debootstrap.log" >&2 2>/dev/null || true
    die "debootstrap failed"
  fi
  say "debootstrap done in $((SECONDS - t0))s"

  {
    echo "deb $main $SUITE main"
    echo "deb $main $SUITE-updates main"
    [ -n "$sec" ] && echo "deb $sec $SUITE-security main"
  } >"$R/etc/apt/sources.list"
  # No services may start inside the chroot; no default PostgreSQL cluster.
  printf '#!/bin/sh\nexit 101\n' >"$R/usr/sbin/policy-rc.d"
  chmod 755 "$R/usr/sbin/policy-rc.d"
  mkdir -p "$R/etc/postgresql-common"
  echo 'create_main_cluster = false' >"$R/etc/postgresql-common/createcluster.conf"
  printf 'path-exclude /usr/share/doc/*\npath-exclude /usr/share/man/*\npath-exclude /usr/share/info/*\npath-exclude /usr/share/locale/*\n' \
    >"$R/etc/dpkg/dpkg.cfg.d/01-coach-gate-nodoc"
  cp /etc/resolv.conf "$R/etc/resolv.conf" 2>/dev/null || true

  mount -t proc proc "$R/proc"
  t0=$SECONDS
  say "apt-get install ${PACKAGES[*]} (in chroot)"
  if ! chroot "$R" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
      DEBIAN_FRONTEND=noninteractive /bin/sh -ec '
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends -o Dpkg::Options::=--force-unsafe-io "$@"
      ' sh "${PACKAGES[@]}" >"$WORK/apt.log" 2>&1; then
    tail -n 40 "$WORK/apt.log" >&2
    die "package installation in chroot failed"
  fi
  umount "$R/proc"
  say "packages installed in $((SECONDS - t0))s"

  # Shrink: apt caches/lists, docs, translations, locale sources, the LLVM JIT
  # of PostgreSQL (libLLVM is ~130 MB; jit is switched off below), the data dir
  # created by mariadb's postinst (the entrypoint initialises at first start).
  rm -rf "$R"/var/cache/apt/* "$R"/var/lib/apt/lists/* "$R"/usr/share/doc/* "$R"/usr/share/man/* \
    "$R"/usr/share/info/* "$R"/usr/share/locale/* "$R"/usr/share/i18n "$R"/var/cache/debconf/*-old \
    "$R"/var/lib/mysql/* "$R"/var/log/*.log "$R"/var/log/apt/* "$R"/tmp/* \
    "$R"/usr/lib/postgresql/15/lib/llvmjit* "$R"/usr/lib/postgresql/15/lib/bitcode
  rm -f "$R"/usr/lib/x86_64-linux-gnu/libLLVM-*.so* "$R"/usr/lib/x86_64-linux-gnu/libz3.so*
  echo "jit = off" >>"$R/usr/share/postgresql/15/postgresql.conf.sample"
  rm -f "$R/usr/sbin/policy-rc.d" "$R/etc/resolv.conf"
  : >"$R/etc/machine-id"

  local name
  for name in postgres redis mariadb never-ready; do
    install -m 755 "$HERE/rootfs/entrypoint-$name.sh" "$R/usr/local/bin/coach-gate-$name-entrypoint"
  done
  echo "coach-gate rootfs key=$KEY suite=$SUITE built=$(date -u +%FT%TZ)" >"$R/etc/coach-gate-rootfs"

  t0=$SECONDS
  rm -f "$CACHE_DIR"/rootfs-"$SUITE"-*.tar
  tar --numeric-owner --one-file-system -C "$R" -cf "$TARBALL.tmp" .
  mv "$TARBALL.tmp" "$TARBALL"
  say "tarball $TARBALL ($(du -h "$TARBALL" | cut -f1)) written in $((SECONDS - t0))s"
  cleanup
  WORK=""
}

# Image-specific settings on top of the shared rootfs.
image_changes() {
  local base_path=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  CHANGES=(--change "LABEL $LABEL_KEY=$KEY" --change "ENV LANG=C.UTF-8")
  # `--change STOPSIGNAL` is not accepted by docker 20.10; a stop signal set on
  # the container passed to `docker commit` is carried into the image instead.
  CREATE_FLAGS=()
  case "$1" in
    postgres)
      # SIGINT = PostgreSQL "fast" shutdown, like the official image.
      CREATE_FLAGS+=(--stop-signal SIGINT)
      CHANGES+=(--change "ENV PATH=/usr/lib/postgresql/15/bin:$base_path"
        --change "ENV PGDATA=/var/lib/postgresql/data"
        --change 'ENTRYPOINT ["/usr/local/bin/coach-gate-postgres-entrypoint"]'
        --change 'EXPOSE 5432') ;;
    redis)
      CHANGES+=(--change "ENV PATH=$base_path"
        --change 'WORKDIR /data'
        --change 'ENTRYPOINT ["/usr/local/bin/coach-gate-redis-entrypoint"]'
        --change 'EXPOSE 6379') ;;
    mariadb)
      CHANGES+=(--change "ENV PATH=$base_path"
        --change 'ENTRYPOINT ["/usr/local/bin/coach-gate-mariadb-entrypoint"]'
        --change 'EXPOSE 3306') ;;
    never-ready)
      CHANGES+=(--change "ENV PATH=$base_path"
        --change 'ENTRYPOINT ["/usr/local/bin/coach-gate-never-ready-entrypoint"]'
        --change 'EXPOSE 5432' --change 'EXPOSE 6379' --change 'EXPOSE 3306') ;;
  esac
}

main() {
  command -v docker >/dev/null 2>&1 || die "docker CLI not found (run scripts/docker/engine.sh ensure)"
  docker info >/dev/null 2>&1 || die "docker engine not reachable (run scripts/docker/engine.sh ensure)"
  if [ "$FORCE" -eq 0 ] && all_current; then
    say "all images present (key $KEY): ${IMAGES[*]}"
    return 0
  fi
  if [ "$FORCE" -eq 1 ] || [ ! -s "$TARBALL" ]; then
    build_rootfs
  else
    say "using cached rootfs $TARBALL"
  fi

  # Import the tarball once as a base image; the service images are made from it
  # with `docker commit --change`, so they share the single big layer.
  local base="$PREFIX/rootfs:$KEY" t0=$SECONDS
  if [ "$FORCE" -eq 1 ] || ! docker image inspect "$base" >/dev/null 2>&1; then
    docker import --change "LABEL $LABEL_KEY=$KEY" "$TARBALL" "$base" >/dev/null
    say "docker import of rootfs took $((SECONDS - t0))s"
  fi
  local img name ctr
  for img in "${IMAGES[@]}"; do
    if [ "$FORCE" -eq 0 ] && image_current "$img"; then continue; fi
    name="${img#"$PREFIX"/}"
    name="${name%%:*}"
    image_changes "$name"
    t0=$SECONDS
    ctr="$(docker create "${CREATE_FLAGS[@]}" --entrypoint /bin/true "$base")"
    if ! docker commit "${CHANGES[@]}" "$ctr" "$img" >/dev/null; then
      docker rm "$ctr" >/dev/null 2>&1 || true
      die "docker commit for $img failed"
    fi
    docker rm "$ctr" >/dev/null
    say "tagged $img ($((SECONDS - t0))s)"
  done
  # Base images of previous keys and the images they left dangling are no longer
  # needed; deleting their layers takes several seconds, so do it detached.
  local stale
  stale="$(docker image ls --format '{{.Repository}}:{{.Tag}}' "$PREFIX/rootfs" | grep -v ":$KEY\$" || true)"
  if [ -n "$stale" ]; then
    say "removing stale base images in the background: $(echo $stale)"
    # shellcheck disable=SC2016
    setsid nohup bash -c 'docker rmi "$@"; docker image prune -f --filter "label='"$LABEL_KEY"'"' _ $stale \
      >/dev/null 2>&1 </dev/null &
  fi
  say "done: ${IMAGES[*]}"
}

main
