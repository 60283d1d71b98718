#!/bin/sh
# Compiles and runs the tests with Debian's netty 4.1 and JUnit 4 (JUnitCore).
set -e
N=/usr/share/java
CP=$N/netty-buffer.jar:$N/netty-codec.jar:$N/netty-common.jar:$N/netty-handler.jar:$N/netty-resolver.jar:$N/netty-transport.jar:$N/junit4.jar:$N/hamcrest-core.jar
rm -rf build && mkdir -p build
javac -nowarn -d build -cp "$CP" src/app/*.java test/app/*.java
exec java -cp "build:$CP" org.junit.runner.JUnitCore app.FeatureFlagsTest
