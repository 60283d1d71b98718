import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  CATALOGUE,
  connectionEnv,
  planServices
} from "./chunk-DUOSM2JM.js";
import {
  CREDENTIALS
} from "./chunk-OSC2T3SQ.js";
import "./chunk-HLOXVYSR.js";
import "./chunk-26LI6IR6.js";
export {
  CATALOGUE,
  CREDENTIALS,
  connectionEnv,
  planServices
};
