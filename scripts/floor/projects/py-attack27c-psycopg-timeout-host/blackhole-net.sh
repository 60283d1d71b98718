#!/usr/bin/env bash
# Run under `unshare --net`: loopback up (nothing listens on it), and a default route whose next
# hop is a veth peer nobody answers on, so packets to any other address vanish (a connect to
# 172.0.0.1 times out, as to an address nothing answers on a CI runner). Then runs "$@".
set -e
ip link set lo up
ip link add v0 type veth peer name v1
ip link set v0 up
ip link set v1 up
ip addr add 10.9.0.1/24 dev v0
ip neigh add 10.9.0.2 lladdr 02:00:00:00:00:01 dev v0
ip route add default via 10.9.0.2 dev v0
exec "$@"
