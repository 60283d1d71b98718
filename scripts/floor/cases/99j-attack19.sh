# A nineteenth attacker's review (cc9f236: JUnit's Console Launcher and JUnitCore read as dialects,
# each with a details header, `Failures (N):` and `There were N failures:`). Each log is broken
# code that fails with its service up too. A details header drops what came before it since that
# runner's last line as its passing tests' output; when a first run of the same runner (a unit-test
# run, another module) ended with its own summary, everything the second run printed before its
# header is dropped, an uncaught `Exception in thread` AssertionError included: a second run prints
# no test line of its own before the header, so nothing there is provably a passing test's output.
# Nothing listens on 5432; the refusal is a real connect() refused by the kernel. Sourced by generate.sh.

J19=/usr/share/java
K=other-program-before-pass
record $K junit-console-second-run-thread-assertion-before-failures junit-console java code high java-attack19/console \
  "rm -rf out out-unit && javac -d out-unit -cp $J19/junit-platform-console-standalone.jar unit/com/acme/*.java && javac -d out -cp $J19/junit-platform-console-standalone.jar it/com/acme/*.java && for p in out-unit out; do java -jar $J19/junit-platform-console-standalone.jar -cp \$p:$J19/postgresql.jar --select-package com.acme --disable-banner --disable-ansi-colors; done" \
  "Two Console Launcher runs (unit tests, then the rest). The first passes and ends with its summary box. In the second, PriceTest.addsInBackground asserts in a thread: total(1, 2) returns 4 (the code adds 1), 'Exception in thread \"Thread-0\" org.opentest4j.AssertionFailedError: expected: <3> but was: <4>' with the service up too (the test passes: JUnit never sees the thread's error). DbTest's @BeforeAll is refused. The second run's 'Failures (1):' drops the assertion as passing output, since the first run's '[ ... tests failed ]' line was the same runner's. infrastructure/high on cc9f236; code/high on ed4b3d6, and on cc9f236 with either run alone."
record $K junitcore-second-run-thread-assertion-before-failures junitcore java code high java-attack19/junitcore \
  "rm -rf out out-unit && javac -d out-unit -cp $J19/junit4.jar unit/com/acme/*.java && javac -d out -cp $J19/junit4.jar it/com/acme/*.java && java -cp out-unit:$J19/junit4.jar:$J19/hamcrest-core.jar org.junit.runner.JUnitCore com.acme.TaxTest; java -cp out:$J19/junit4.jar:$J19/hamcrest-core.jar:$J19/postgresql.jar org.junit.runner.JUnitCore com.acme.PriceTest com.acme.DbTest" \
  "The same with JUnit 4's text runner: the first run ends 'OK (1 test)'; in the second, 'Exception in thread \"Thread-0\" java.lang.AssertionError: expected:<3> but was:<4>' (the code's total adds 1) comes before 'There was 1 failure:' and '1) com.acme.DbTest' (its @BeforeClass refused) and is dropped. infrastructure/high on cc9f236; code/high on ed4b3d6."
