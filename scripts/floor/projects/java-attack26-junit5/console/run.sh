#!/bin/sh
# usage: run.sh Class details(tree|flat)
cd "$(dirname "$0")"
CP=/usr/share/java/hamcrest.jar:/usr/share/java/postgresql.jar:out
java -ea -jar /usr/share/java/junit-platform-console-standalone.jar --disable-banner --disable-ansi-colors --details=$2 -cp $CP --select-class com.acme.$1
