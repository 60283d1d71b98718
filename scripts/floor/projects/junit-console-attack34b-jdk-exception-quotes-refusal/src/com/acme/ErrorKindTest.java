package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorKindTest {
    // The display name is the logged text itself, so a report shows which message was missorted.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "java.net.ConnectException: Connection refused | UNREACHABLE",
        "java.net.SocketTimeoutException: Read timed out | TIMEOUT",
    })
    void sortsClientErrors(String error, ErrorKind expected) {
        assertEquals(expected, ErrorKind.of(error));
    }
}
