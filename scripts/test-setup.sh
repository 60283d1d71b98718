#!/usr/bin/env bash
# What the tests need besides node_modules, installed or started only when missing (a second run
# does nothing). `npm test` runs this first; so does CI, through `npm test`.
#
#   1. a Docker engine: Debian's docker.io, started by scripts/docker/engine.sh (the service tests
#      start real containers);
#   2. the local service images coach-gate-local/{postgres,redis,mariadb,never-ready}, built from
#      Debian packages by scripts/docker/build-images.sh (no registry is needed);
#   3. Chromium, from apt (the job summary is checked in a real browser); CHROMIUM_PATH overrides;
#      and the fonts the summary page names (Liberation Sans, Noto Color Emoji), without which the
#      screenshots show the verdict's ✅/❌ as empty boxes;
#   5. python3 with pytest (Debian's python3-pytest), for the failure-location contract tests;
#   4. unshare and ip (util-linux, iproute2), and permission to create a network namespace: the
#      runner-contract tests run the action in one, so a local PostgreSQL or Redis on the host
#      cannot answer them.
#
# Installing needs root (or sudo without a password). Set COACH_GATE_SKIP_SETUP=1 to skip it all.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${COACH_GATE_SKIP_SETUP:-}" = 1 ] && exit 0

say() { printf '[test-setup] %s\n' "$*" >&2; }
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n -E "$@"; fi
}
apt_updated=0
apt_install() {
  if [ "$apt_updated" -eq 0 ]; then as_root apt-get -o DPkg::Lock::Timeout=300 update -qq; apt_updated=1; fi
  say "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive as_root apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "$@" >/dev/null
}

# 1 and 2: engine.sh and build-images.sh return at once when all is there already.
if ! docker info >/dev/null 2>&1; then
  say "starting a Docker engine (scripts/docker/engine.sh ensure)"
  as_root bash scripts/docker/engine.sh ensure
fi
if [ "$(id -u)" -eq 0 ]; then
  bash scripts/docker/build-images.sh
elif ! bash scripts/docker/build-images.sh 2>/dev/null; then
  say "building the local service images as root (debootstrap and chroot need it)"
  as_root bash scripts/docker/build-images.sh
fi

# 3
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  apt_install chromium
fi
if command -v fc-list >/dev/null 2>&1; then
  fonts=()
  fc-list | grep -q 'Noto Color Emoji' || fonts+=(fonts-noto-color-emoji)
  fc-list | grep -q 'Liberation Sans:' || fonts+=(fonts-liberation)
  [ "${#fonts[@]}" -eq 0 ] || apt_install "${fonts[@]}"
fi

# 5: pytest, for the contract tests that run a real pytest failure (failure locations, signatures)
python3 -c 'import pytest' 2>/dev/null || apt_install python3-pytest

# 4
command -v unshare >/dev/null 2>&1 || apt_install util-linux
command -v ip >/dev/null 2>&1 || [ -x /usr/sbin/ip ] || [ -x /sbin/ip ] || apt_install iproute2
if ! unshare --net --map-root-user true 2>/dev/null; then
  # Ubuntu 24.04 (GitHub's runners) lets AppArmor forbid unprivileged user namespaces.
  if [ "$(cat /proc/sys/kernel/apparmor_restrict_unprivileged_userns 2>/dev/null || echo 0)" = 1 ]; then
    say "allowing unprivileged user namespaces (kernel.apparmor_restrict_unprivileged_userns=0)"
    as_root sysctl -q -w kernel.apparmor_restrict_unprivileged_userns=0
  fi
  unshare --net --map-root-user true || { say "cannot create a network namespace (unshare --net --map-root-user)"; exit 1; }
fi
say "ready: $(docker info --format 'docker {{.ServerVersion}}'), local images, $("$chromium" --version 2>/dev/null | head -n 1 || echo "$chromium"), network namespaces"
