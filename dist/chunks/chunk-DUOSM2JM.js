import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  SERVICES
} from "./chunk-OSC2T3SQ.js";
import {
  canonicalService
} from "./chunk-HLOXVYSR.js";

// src/services/catalogue.ts
var CATALOGUE = Object.fromEntries(
  SERVICES.flatMap((s) => s.container ? [[s.name, {
    service: s.name,
    defaultImage: s.container.image,
    containerPort: s.container.port,
    probe: s.container.readiness,
    containerEnv: s.container.env,
    command: s.container.command ?? [],
    connection: s.container.connection,
    url: s.container.url
  }]] : [])
);
function planServices(declared, overrides) {
  const images = {};
  const unusedImages = [];
  for (const [name, image] of Object.entries(overrides)) {
    const canonical = canonicalService(name);
    if (canonical !== void 0 && CATALOGUE[canonical]) images[canonical] = image;
    else unusedImages.push(name);
  }
  const start = [];
  const skipped = [];
  for (const name of declared) {
    const canonical = canonicalService(name) ?? name;
    const spec = CATALOGUE[canonical];
    if (spec) {
      if (!start.some((s) => s.spec.service === canonical)) start.push({ spec, image: images[canonical] ?? spec.defaultImage });
    } else if (canonical === "docker") {
      skipped.push({ service: name, reason: "Docker itself is available; nothing to start" });
    } else if (canonicalService(name) === void 0) {
      skipped.push({ service: name, reason: "unknown service: coach-gate does not know it, so it was not started" });
    } else {
      skipped.push({ service: name, reason: `coach-gate cannot start ${canonical} as a container yet (it starts ${Object.keys(CATALOGUE).join(", ")}); it was not started` });
    }
  }
  return { start, skipped, unusedImages };
}
function connectionEnv(started) {
  const env = {};
  for (const s of started) Object.assign(env, CATALOGUE[s.service]?.connection(s.host, s.port));
  if (env.DATABASE_URL === void 0 && env.MYSQL_URL !== void 0) env.DATABASE_URL = env.MYSQL_URL;
  return env;
}

export {
  CATALOGUE,
  planServices,
  connectionEnv
};
