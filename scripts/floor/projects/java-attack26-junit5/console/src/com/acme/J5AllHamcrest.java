package com.acme;
import org.junit.jupiter.api.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
public class J5AllHamcrest {
  @Test void totalIncludesTax() { assertAll(() -> assertThat(10, is(12)), () -> Db.cleanup()); }
}
