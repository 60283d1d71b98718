package com.acme;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;

/** A small Home Assistant REST client (Apache HttpClient 4). */
public class HassClient implements AutoCloseable {
  static final String DEFAULT_URL = "http://localhost:8123";

  private final String baseUrl;
  private final String token;
  private final CloseableHttpClient http = HttpClients.createDefault();

  public HassClient(String token, String baseUrl) {
    this.token = token;
    this.baseUrl = baseUrl != null ? baseUrl : DEFAULT_URL;
  }

  /** The raw JSON of an entity's state. */
  public String state(String entityId) throws IOException {
    HttpGet get = new HttpGet(DEFAULT_URL + "/api/states/" + entityId); // the defect (floor): baseUrl
    get.setHeader("Authorization", "Bearer " + token);
    return EntityUtils.toString(http.execute(get).getEntity(), StandardCharsets.UTF_8);
  }

  public String turnOn(String entityId) throws IOException {
    String domain = entityId.substring(0, entityId.indexOf('.'));
    HttpPost post = new HttpPost(baseUrl + "/api/services/" + domain + "/turn_on");
    post.setHeader("Authorization", "Bearer " + token);
    post.setEntity(new StringEntity("{\"entity_id\":\"" + entityId + "\"}", ContentType.APPLICATION_JSON));
    return EntityUtils.toString(http.execute(post).getEntity(), StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    http.close();
  }
}
