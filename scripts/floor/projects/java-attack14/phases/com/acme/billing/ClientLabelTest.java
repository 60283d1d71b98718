package com.acme.billing;

import static org.junit.Assert.assertEquals;

import java.util.Arrays;
import java.util.Collection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** Labels of clients registered under ids as users type them. */
@RunWith(Parameterized.class)
public class ClientLabelTest {
  @Parameters
  public static Collection<Object[]> ids() {
    return Arrays.asList(new Object[][] {{"c-7", "Orbit Optics (FR22)"}, {"C-7", "Orbit Optics (FR22)"}});
  }

  private final String id;
  private final String label;

  public ClientLabelTest(String id, String label) {
    this.id = id;
    this.label = label;
  }

  @Test
  public void label() {
    ClientDirectory clients = new ClientDirectory();
    clients.add(new Client(id, "Orbit Optics", "FR22"));
    assertEquals(label, clients.find(id).displayName());
  }
}
