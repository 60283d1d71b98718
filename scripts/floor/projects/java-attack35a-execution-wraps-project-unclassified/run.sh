#!/bin/sh
# Compiles the status page and its test, then runs JUnit 4.
set -e
CP=/usr/share/java/junit4.jar:/usr/share/java/hamcrest-core.jar
rm -rf out && mkdir out
javac -d out -cp $CP $(find src test -name '*.java')
set +e
java -cp out:$CP org.junit.runner.JUnitCore com.acme.status.ProbeTest
