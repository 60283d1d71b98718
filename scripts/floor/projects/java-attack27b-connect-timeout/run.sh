#!/bin/sh
# usage: run.sh [tree|flat]   (compiles into out/, then runs the console launcher)
cd "$(dirname "$0")"
mkdir -p out
javac -d out -cp /usr/share/java/junit-jupiter-api.jar:/usr/share/java/apiguardian-api.jar src/com/acme/*.java || exit 2
java -jar /usr/share/java/junit-platform-console-standalone.jar --disable-banner --disable-ansi-colors --details=${1:-tree} -cp out --select-class com.acme.PriceFeedTest
