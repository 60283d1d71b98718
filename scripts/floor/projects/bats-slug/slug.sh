#!/usr/bin/env bash
# The bug: punctuation is kept.
echo "$1" | tr '[:upper:] ' '[:lower:]-'
