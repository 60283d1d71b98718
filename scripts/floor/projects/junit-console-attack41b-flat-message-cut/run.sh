#!/bin/sh
# usage: run.sh [flat|tree] [package]   (compiles into out/, then runs the console launcher on the package)
cd "$(dirname "$0")"
mkdir -p out
CP=/usr/share/java/junit-jupiter-api.jar:/usr/share/java/junit-jupiter-params.jar:/usr/share/java/apiguardian-api.jar:/usr/share/java/opentest4j.jar
javac -d out -cp $CP src/shop/*.java || exit 2
java -jar /usr/share/java/junit-platform-console-standalone.jar --disable-banner --disable-ansi-colors --details=${1:-flat} -cp out --select-package ${2:-shop}
