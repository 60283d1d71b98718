#!/usr/bin/env bash
# Sums amounts given in cents. (The bug: integer division drops the cents.)
sum=0
for a in "$@"; do sum=$((sum + a)); done
echo "$((sum / 100)).00"
