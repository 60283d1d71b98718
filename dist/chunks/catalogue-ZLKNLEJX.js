import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  CATALOGUE,
  connectionEnv,
  planServices
} from "./chunk-4U5GKA3B.js";
import {
  CREDENTIALS
} from "./chunk-3UQ3QPUH.js";
import "./chunk-HLOXVYSR.js";
import "./chunk-26LI6IR6.js";
export {
  CATALOGUE,
  CREDENTIALS,
  connectionEnv,
  planServices
};
