package com.acme.billing;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Clients by id, held in memory. */
public class ClientDirectory {
  private final Map<String, Client> byId = new HashMap<>();

  public void add(Client client) {
    byId.put(client.id().toLowerCase(Locale.ROOT), client);
  }

  public Client find(String id) {
    return byId.get(id); // DEFECT: add() keys by the lower-cased id, find() does not lower-case.
  }
}
