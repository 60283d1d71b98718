import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  LogClassifier,
  classifyText,
  lastShown
} from "./chunk-F7YVLVXG.js";
import "./chunk-FEZ7TTFL.js";
import {
  PASSED_VERDICT
} from "./chunk-3S6MWH67.js";
import "./chunk-M5XEW74J.js";
import "./chunk-ERULB6C3.js";
import "./chunk-HLOXVYSR.js";
import "./chunk-26LI6IR6.js";
export {
  LogClassifier,
  PASSED_VERDICT,
  classifyText,
  lastShown
};
