import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);

// src/corroborate/checks.ts
import { execFile } from "node:child_process";
import { lookup } from "node:dns/promises";
import { constants } from "node:fs";
import { access } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
var CONNECT_TIMEOUT_MS = 500;
var TOOLCHAIN_TIMEOUT_MS = 1500;
var runnerChecks = {
  connect: (target, timeoutMs) => new Promise((resolve) => {
    const socket = "path" in target ? net.connect({ path: target.path }) : net.connect({ host: target.host, port: target.port });
    const done = (answer) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(answer);
    };
    const timer = setTimeout(() => done({ outcome: "no-answer", detail: `no answer within ${timeoutMs} ms` }), timeoutMs);
    socket.once("connect", () => done({ outcome: "accepted", detail: "accepted a connection" }));
    socket.once("error", (error) => {
      const code = error.code ?? "";
      if (code === "ECONNREFUSED" || code === "ENOENT") done({ outcome: "refused", detail: code });
      else done({ outcome: "no-answer", detail: code || error.message });
    });
  }),
  resolve: async (host, timeoutMs) => {
    let timer;
    const late = new Promise((resolve) => timer = setTimeout(() => resolve({ outcome: "no-answer", detail: `no answer within ${timeoutMs} ms` }), timeoutMs));
    const asked = lookup(host, { all: true }).then(
      (addresses) => ({ outcome: "resolved", detail: `resolves to ${addresses.map((a) => a.address).slice(0, 3).join(", ")}` }),
      (error) => error.code === "ENOTFOUND" || error.code === "EAI_NONAME" || error.code === "EAI_AGAIN" || error.code === "ENODATA" ? { outcome: "not-found", detail: error.code } : { outcome: "no-answer", detail: error.code ?? error.message }
    );
    try {
      return await Promise.race([asked, late]);
    } finally {
      clearTimeout(timer);
    }
  },
  module: async (ecosystem, name, options) => {
    if (ecosystem === "npm") {
      const node = await onPath("node", options.env) ?? process.execPath;
      const script2 = "try{require.resolve(process.argv[1]);console.log('present')}catch(e){console.log(e&&e.code==='MODULE_NOT_FOUND'?'absent':'present '+(e&&e.code))}";
      const answer2 = await child(node, ["-e", script2, name], options);
      if (answer2.error !== void 0) return { outcome: "unknown", detail: `${path.basename(node)} could not be asked: ${answer2.error}` };
      const present2 = answer2.stdout.startsWith("present");
      return { outcome: present2 ? "present" : "absent", detail: `require.resolve('${name}') from ${options.cwd} with ${node}: ${present2 ? "found" : "MODULE_NOT_FOUND"}` };
    }
    const python = options.interpreter ?? await onPath("python3", options.env) ?? await onPath("python", options.env);
    if (python === void 0) return { outcome: "unknown", detail: "no python3 on the step's PATH" };
    const script = 'import importlib.util,sys\nprint("present" if importlib.util.find_spec(sys.argv[1]) else "absent")';
    const answer = await child(python, ["-c", script, name], options);
    if (answer.error !== void 0 || !/^(present|absent)/.test(answer.stdout)) return { outcome: "unknown", detail: `${python} could not be asked: ${answer.error ?? answer.stdout.trim().slice(0, 200)}` };
    const present = answer.stdout.startsWith("present");
    return { outcome: present ? "present" : "absent", detail: `importlib.util.find_spec('${name}') in ${options.cwd} with ${python}: ${present ? "found" : "None"}` };
  },
  pythonDistributions: async (names, options) => {
    const python = options.interpreter ?? await onPath("python3", options.env) ?? await onPath("python", options.env);
    if (python === void 0 || names.length === 0) return void 0;
    const script = 'import importlib.metadata as m,sys\nfor n in sys.argv[1:]:\n  try:\n    m.distribution(n);print(n)\n  except Exception:\n    pass\nprint("--done")';
    const answer = await child(python, ["-c", script, ...names.slice(0, 200)], options);
    if (answer.error !== void 0 || !answer.stdout.includes("--done")) return void 0;
    return answer.stdout.split("\n").map((l) => l.trim()).filter((l) => l !== "" && l !== "--done");
  },
  tool: async (name, env) => {
    const found = await onPath(name, env);
    return found === void 0 ? { outcome: "absent", detail: `no ${name} on the step's PATH` } : { outcome: "present", detail: `${found} is there` };
  }
};
async function onPath(name, env) {
  const dirs = (env.PATH ?? env.Path ?? "").split(path.delimiter).filter(Boolean);
  const names = process.platform === "win32" ? [`${name}.exe`, `${name}.cmd`, name] : [name];
  for (const dir of dirs) {
    for (const file of names) {
      const full = path.join(dir, file);
      try {
        await access(full, constants.X_OK);
        return full;
      } catch {
      }
    }
  }
  return void 0;
}
function child(file, args, options) {
  return new Promise((resolve) => {
    execFile(file, [...args], { cwd: options.cwd, env: options.env, timeout: options.timeoutMs, killSignal: "SIGKILL", maxBuffer: 64 * 1024, windowsHide: true }, (error, stdout) => {
      if (error && (error.killed || typeof error.code === "string")) resolve({ stdout: String(stdout), error: error.killed ? `no answer within ${options.timeoutMs} ms` : String(error.code) });
      else resolve({ stdout: String(stdout) });
    });
  });
}

export {
  CONNECT_TIMEOUT_MS,
  TOOLCHAIN_TIMEOUT_MS,
  runnerChecks
};
