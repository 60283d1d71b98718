import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  CATALOGUE,
  connectionEnv,
  planServices
} from "./chunk-SV5DLL6E.js";
import {
  CREDENTIALS
} from "./chunk-YGPTSGPN.js";
import "./chunk-HLOXVYSR.js";
import "./chunk-26LI6IR6.js";
export {
  CATALOGUE,
  CREDENTIALS,
  connectionEnv,
  planServices
};
