#!/bin/sh
# usage: run.sh [tree|flat]   (compiles into out/ against Debian's libhttpclient-java and JUnit 5, then runs the console launcher)
cd "$(dirname "$0")"
J=/usr/share/java
LIBS=$J/httpclient.jar:$J/httpcore.jar:$J/commons-logging.jar:$J/commons-codec.jar
mkdir -p out
javac -d out -cp $J/junit-jupiter-api.jar:$J/apiguardian-api.jar:$LIBS src/com/acme/*.java || exit 2
java -jar $J/junit-platform-console-standalone.jar --disable-banner --disable-ansi-colors --details=${1:-tree} -cp out:$LIBS --select-class com.acme.HassClientTest
