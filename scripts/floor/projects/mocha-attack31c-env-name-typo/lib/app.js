'use strict';
// The app's two Redis handles: sessions and a page cache, both on the REDIS_URL the deployment sets.
const redis = require('redis');
const { ConfigError } = require('./errors');

const sessions = redis.createClient(process.env.REDIS_URL || 'redis://127.0.0.1:6379');

async function createCache() {
  const url = process.env.REDIS_URI;
  if (!url) throw new ConfigError('REDIS_URL is not set; cannot connect to redis');
  return redis.createClient(url, { prefix: 'cache:' });
}

const cache = createCache();

function saveSession(id, data, cb) {
  sessions.set('sess:' + id, JSON.stringify(data), cb);
}

function cachePage(path, html) {
  return cache.then((client) => new Promise((resolve, reject) => {
    client.set(path, html, (err) => (err ? reject(err) : resolve()));
  }));
}

module.exports = { saveSession, cachePage, sessions, cache };
