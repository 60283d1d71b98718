#!/bin/sh
# Compiles the code and its test, then runs JUnit 4's text runner.
set -e
rm -rf build && mkdir -p build
javac -d build -cp /usr/share/java/junit4.jar src/com/acme/feed/*.java test/ConnectorTest.java
java -cp build:/usr/share/java/junit4.jar:/usr/share/java/hamcrest-core.jar org.junit.runner.JUnitCore ConnectorTest
