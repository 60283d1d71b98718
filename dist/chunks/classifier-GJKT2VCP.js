import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  LogClassifier,
  classifyText,
  lastShown
} from "./chunk-RYNVDZDN.js";
import "./chunk-M4P4EAZD.js";
import {
  PASSED_VERDICT
} from "./chunk-BPOXXBUC.js";
import "./chunk-M5XEW74J.js";
import "./chunk-TGAD2BWF.js";
import "./chunk-26LI6IR6.js";
export {
  LogClassifier,
  PASSED_VERDICT,
  classifyText,
  lastShown
};
