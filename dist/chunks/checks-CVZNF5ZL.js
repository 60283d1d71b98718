import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  CONNECT_TIMEOUT_MS,
  TOOLCHAIN_TIMEOUT_MS,
  runnerChecks
} from "./chunk-NQJNYU3E.js";
import "./chunk-26LI6IR6.js";
export {
  CONNECT_TIMEOUT_MS,
  TOOLCHAIN_TIMEOUT_MS,
  runnerChecks
};
