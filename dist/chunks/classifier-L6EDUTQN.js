import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  LogClassifier,
  classifyText,
  lastShown
} from "./chunk-2PALEIFP.js";
import "./chunk-F3MFPJ6O.js";
import {
  PASSED_VERDICT
} from "./chunk-EPN6GOLO.js";
import "./chunk-M5XEW74J.js";
import "./chunk-L3IBHKIT.js";
import "./chunk-26LI6IR6.js";
export {
  LogClassifier,
  PASSED_VERDICT,
  classifyText,
  lastShown
};
