#!/usr/bin/env bash
# Prints the version from the VERSION file. (The bug: the wrong file name.)
cat VERISON
