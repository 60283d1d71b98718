import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  LogClassifier,
  classifyText,
  lastShown
} from "./chunk-TDC2J5VZ.js";
import "./chunk-RBAJV3FG.js";
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
