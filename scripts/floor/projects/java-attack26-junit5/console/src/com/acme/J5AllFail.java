package com.acme;
import org.junit.jupiter.api.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
public class J5AllFail {
  @Test void totalIncludesTax() { assertAll(() -> fail(), () -> Db.cleanup()); }
}
