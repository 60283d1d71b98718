#!/bin/sh
# usage: run.sh [tree|flat|verbose|summary|none]   (compiles into out/, then runs the console launcher on the package)
cd "$(dirname "$0")"
mkdir -p out
LIBS=/usr/share/java/postgresql.jar:/usr/share/java/HikariCP.jar:/usr/share/java/slf4j-api.jar:/usr/share/java/slf4j-simple.jar
CP=/usr/share/java/junit-jupiter-api.jar:/usr/share/java/apiguardian-api.jar:/usr/share/java/opentest4j.jar:$LIBS
javac -d out -cp $CP src/com/acme/*.java || exit 2
java -jar /usr/share/java/junit-platform-console-standalone.jar --disable-banner --disable-ansi-colors --details=${1:-tree} -cp out:$LIBS --select-package com.acme
