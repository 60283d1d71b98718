import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  docker,
  failureReason,
  getState,
  info,
  labelFilters,
  warning
} from "./chunks/chunk-VZAX7MB2.js";
import "./chunks/chunk-LFBB24VY.js";

// src/post.ts
async function post() {
  const run = getState("run");
  const invocation = getState("invocation");
  if (run === "" || invocation === "") {
    info("coach-gate post: no service containers were started by this step");
    return;
  }
  const listed = await docker(["ps", "--all", "--quiet", ...labelFilters({ run, invocation })], 3e4);
  if (listed.code !== 0) {
    warning(`coach-gate post: could not list leftover service containers: ${failureReason(listed)}`);
    return;
  }
  const ids = listed.stdout.split("\n").map((id) => id.trim()).filter((id) => id !== "");
  if (ids.length === 0) {
    info(`coach-gate post: no leftover service containers for ${run}/${invocation}`);
    return;
  }
  const removed = await docker(["rm", "--force", "--volumes", ...ids], 6e4);
  if (removed.code === 0) info(`coach-gate post: removed ${ids.length} leftover service container(s): ${ids.join(", ")}`);
  else warning(`coach-gate post: could not remove ${ids.join(", ")}: ${failureReason(removed)}`);
}
await post();
export {
  post
};
