import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  LogClassifier,
  classifyText,
  lastShown
} from "./chunk-ROECMPHA.js";
import {
  PASSED_VERDICT
} from "./chunk-FDZGYUX4.js";
import "./chunk-SCFWRQAG.js";
import "./chunk-26LI6IR6.js";
export {
  LogClassifier,
  PASSED_VERDICT,
  classifyText,
  lastShown
};
