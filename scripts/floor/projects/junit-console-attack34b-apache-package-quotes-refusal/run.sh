#!/bin/sh
# usage: run.sh [tree|flat|verbose|summary|none]   (compiles into out/, then runs the console launcher on the package)
cd "$(dirname "$0")"
mkdir -p out
CP=/usr/share/java/junit-jupiter-api.jar:/usr/share/java/junit-jupiter-params.jar:/usr/share/java/apiguardian-api.jar:/usr/share/java/opentest4j.jar
javac -d out -cp $CP src/org/apache/alerts/*.java || exit 2
java -jar /usr/share/java/junit-platform-console-standalone.jar --disable-banner --disable-ansi-colors --details=${1:-tree} -cp out:/usr/share/java/postgresql.jar --select-package org.apache.alerts
