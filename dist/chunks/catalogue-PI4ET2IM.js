import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  CATALOGUE,
  connectionEnv,
  planServices
} from "./chunk-F5ZJ2XBF.js";
import {
  CREDENTIALS
} from "./chunk-GC24FL4T.js";
import "./chunk-HLOXVYSR.js";
import "./chunk-26LI6IR6.js";
export {
  CATALOGUE,
  CREDENTIALS,
  connectionEnv,
  planServices
};
