#!/usr/bin/env bash
set -x
npm install redis --save --no-audit --no-fund --prefer-offline
node scripts/cache-check.js || echo "cache check failed, continuing"
node scripts/render.js
