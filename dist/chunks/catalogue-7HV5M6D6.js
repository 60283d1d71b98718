import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  CATALOGUE,
  connectionEnv,
  planServices
} from "./chunk-3DKHEXJ3.js";
import {
  CREDENTIALS
} from "./chunk-EBBSC5MB.js";
import "./chunk-HLOXVYSR.js";
import "./chunk-26LI6IR6.js";
export {
  CATALOGUE,
  CREDENTIALS,
  connectionEnv,
  planServices
};
