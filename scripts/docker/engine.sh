#!/usr/bin/env bash
# Make a Docker engine available on this machine (no systemd, root, Debian).
#
#   engine.sh ensure   # install docker.io if needed, start dockerd, wait for it
#   engine.sh status   # exit 0 if `docker info` works
#   engine.sh stop     # stop the dockerd that `ensure` started
#
# Environment:
#   COACH_GATE_DOCKERD_FLAGS   extra flags appended to the dockerd command line
#   COACH_GATE_DOCKERD_TIMEOUT seconds to wait for the daemon (default 60)
set -euo pipefail

LOG=/var/log/coach-gate-dockerd.log
PIDFILE=/var/run/coach-gate-dockerd.pid
LOCK=/var/lock/coach-gate-docker-engine.lock
TIMEOUT="${COACH_GATE_DOCKERD_TIMEOUT:-60}"

say() { printf '[engine] %s\n' "$*" >&2; }
die() { printf '[engine] ERROR: %s\n' "$*" >&2; exit 1; }

docker_ok() { timeout 10 docker info >/dev/null 2>&1; }

need_root() {
  [ "$(id -u)" -eq 0 ] || die "must run as root to install/start dockerd (or start dockerd yourself)"
}

apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  local opts=(-o DPkg::Lock::Timeout=300 -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)
  say "apt-get update"
  apt-get "${opts[@]}" update -qq
  say "apt-get install $*"
  apt-get "${opts[@]}" install -y -qq --no-install-recommends "$@" >/dev/null
}

install_engine() {
  local pkgs=()
  # docker.io brings dockerd, containerd, runc and a docker CLI.
  if ! command -v dockerd >/dev/null 2>&1 || ! command -v docker >/dev/null 2>&1; then
    pkgs+=(docker.io)
  fi
  command -v iptables >/dev/null 2>&1 || pkgs+=(iptables)
  if [ "${#pkgs[@]}" -gt 0 ]; then
    local t0=$SECONDS
    apt_install "${pkgs[@]}"
    say "installed ${pkgs[*]} in $((SECONDS - t0))s"
  fi
  command -v dockerd >/dev/null 2>&1 || die "dockerd still missing after installing docker.io"
}

# cgroups: dockerd/runc need either a cgroup v2 mount or v1 controller mounts.
ensure_cgroups() {
  if [ -e /sys/fs/cgroup/cgroup.controllers ] || [ -d /sys/fs/cgroup/memory ] || [ -d /sys/fs/cgroup/cpu ]; then
    return 0
  fi
  say "no cgroup hierarchy mounted; trying to mount cgroup2 on /sys/fs/cgroup"
  mkdir -p /sys/fs/cgroup
  mount -t cgroup2 none /sys/fs/cgroup 2>/dev/null || say "could not mount cgroup2 (dockerd may fail)"
}

# Pick flags for this sandbox. Without --storage-driver dockerd picks the best
# working driver itself (overlay2 here on ext4); on an overlayfs backing fs we
# ask for vfs explicitly. iptables: if the nft
# backend is unusable but legacy works, switch; if neither works run without it
# (host->container published ports still work through docker-proxy).
choose_flags() {
  FLAGS=()
  local root_fs
  mkdir -p /var/lib/docker
  root_fs="$(stat -f -c %T /var/lib/docker 2>/dev/null || echo unknown)"
  if [ -n "${COACH_GATE_DOCKER_STORAGE_DRIVER:-}" ]; then
    FLAGS+=("--storage-driver=${COACH_GATE_DOCKER_STORAGE_DRIVER}")
  elif [ "$root_fs" = "overlayfs" ]; then
    # overlay2 cannot stack on overlayfs (docker inside a container). vfs works
    # everywhere but copies the whole image for every container (slow, big).
    say "backing fs of /var/lib/docker is overlayfs: using the vfs storage driver"
    FLAGS+=(--storage-driver=vfs)
  fi
  if ! iptables -t nat -L -n >/dev/null 2>&1; then
    if command -v iptables-legacy >/dev/null 2>&1 && iptables-legacy -t nat -L -n >/dev/null 2>&1; then
      say "iptables (nft) unusable, switching alternatives to iptables-legacy"
      update-alternatives --set iptables /usr/sbin/iptables-legacy >/dev/null 2>&1 || true
      update-alternatives --set ip6tables /usr/sbin/ip6tables-legacy >/dev/null 2>&1 || true
    else
      say "iptables unusable: starting dockerd with --iptables=false --ip-masq=false"
      FLAGS+=(--iptables=false --ip-masq=false)
    fi
  fi
  if [ -n "${COACH_GATE_DOCKERD_FLAGS:-}" ]; then
    # shellcheck disable=SC2206 # word splitting intended
    FLAGS+=(${COACH_GATE_DOCKERD_FLAGS})
  fi
}

# Start dockerd detached and wait for it. Returns 1 if it died or timed out.
start_dockerd() {
  say "starting: dockerd ${FLAGS[*]:-} (log: $LOG)"
  {
    printf '\n===== %s coach-gate engine.sh: dockerd %s\n' "$(date -u +%FT%TZ)" "${FLAGS[*]:-}"
  } >>"$LOG"
  setsid nohup dockerd "${FLAGS[@]}" >>"$LOG" 2>&1 </dev/null &
  local pid=$!
  echo "$pid" >"$PIDFILE"
  local deadline=$((SECONDS + TIMEOUT))
  while [ "$SECONDS" -lt "$deadline" ]; do
    if docker_ok; then
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      say "dockerd (pid $pid) exited during startup"
      return 1
    fi
    sleep 0.5
  done
  say "dockerd did not answer within ${TIMEOUT}s"
  kill "$pid" 2>/dev/null || true
  return 1
}

existing_dockerd_pid() {
  local pid
  if [ -s /var/run/docker.pid ]; then
    pid="$(cat /var/run/docker.pid)"
    if kill -0 "$pid" 2>/dev/null && grep -q dockerd "/proc/$pid/cmdline" 2>/dev/null; then
      echo "$pid"
      return 0
    fi
  fi
  return 1
}

cmd_ensure() {
  if docker_ok; then
    return 0
  fi
  need_root
  local t0=$SECONDS
  mkdir -p "$(dirname "$LOCK")"
  exec 9>"$LOCK"
  flock -w "$((TIMEOUT + 600))" 9 || die "could not get lock $LOCK"
  install_engine
  ensure_cgroups
  # Someone else may have started it while we waited for the lock / apt.
  if docker_ok; then
    return 0
  fi
  local pid
  if pid="$(existing_dockerd_pid)"; then
    say "dockerd already running (pid $pid) but not answering yet; waiting"
    local deadline=$((SECONDS + TIMEOUT))
    while [ "$SECONDS" -lt "$deadline" ]; do
      docker_ok && { say "docker ready after $((SECONDS - t0))s"; return 0; }
      sleep 0.5
    done
    die "dockerd pid $pid is running but 'docker info' fails; see $LOG"
  fi
  choose_flags
  if ! start_dockerd; then
    local has_vfs=0 f
    for f in "${FLAGS[@]}"; do case "$f" in --storage-driver=*) has_vfs=1 ;; esac; done
    if [ "$has_vfs" -eq 0 ] && tail -n 50 "$LOG" | grep -qiE 'overlay|storage driver|graphdriver'; then
      say "retrying with --storage-driver=vfs"
      FLAGS+=(--storage-driver=vfs)
      start_dockerd || fail_with_log
    elif tail -n 50 "$LOG" | grep -qiE 'iptables|nat'; then
      say "retrying with --iptables=false --ip-masq=false"
      FLAGS+=(--iptables=false --ip-masq=false)
      start_dockerd || fail_with_log
    else
      fail_with_log
    fi
  fi
  say "docker ready after $((SECONDS - t0))s ($(docker info --format '{{.ServerVersion}} storage={{.Driver}} cgroup={{.CgroupVersion}}' 2>/dev/null || true))"
  if [ "$(docker info --format '{{.Driver}}' 2>/dev/null)" = "vfs" ]; then
    say "WARNING: storage driver is vfs: every container start copies its whole image (slow)"
  fi
}

fail_with_log() {
  printf '[engine] ERROR: dockerd did not become ready. Last lines of %s:\n' "$LOG" >&2
  tail -n 40 "$LOG" >&2 || true
  exit 1
}

cmd_stop() {
  local pid=""
  if [ -s "$PIDFILE" ]; then
    pid="$(cat "$PIDFILE")"
  fi
  if [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null; then
    say "no dockerd started by engine.sh is running"
    rm -f "$PIDFILE"
    return 0
  fi
  say "stopping dockerd pid $pid"
  kill -TERM "$pid"

  for _ in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || { rm -f "$PIDFILE"; say "stopped"; return 0; }
    sleep 0.5
  done
  die "dockerd pid $pid did not exit within 30s"
}

case "${1:-}" in
  ensure) cmd_ensure ;;
  status) docker_ok && { docker info --format 'docker {{.ServerVersion}} storage={{.Driver}} cgroup={{.CgroupVersion}}'; exit 0; } || { echo "docker not available"; exit 1; } ;;
  stop) cmd_stop ;;
  *) echo "usage: $0 ensure|status|stop" >&2; exit 2 ;;
esac
