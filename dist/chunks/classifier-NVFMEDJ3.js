import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  LogClassifier,
  classifyText,
  lastShown
} from "./chunk-IHYCYSYR.js";
import "./chunk-FGLASVEH.js";
import {
  PASSED_VERDICT
} from "./chunk-2YOQSNKF.js";
import "./chunk-RMCOBDGB.js";
import "./chunk-7VFXVKIP.js";
import "./chunk-26LI6IR6.js";
export {
  LogClassifier,
  PASSED_VERDICT,
  classifyText,
  lastShown
};
