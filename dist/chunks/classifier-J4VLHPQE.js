import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  LogClassifier,
  classifyText,
  lastShown
} from "./chunk-WXQMYVEV.js";
import "./chunk-VIDFAU2V.js";
import {
  PASSED_VERDICT
} from "./chunk-3S6MWH67.js";
import "./chunk-WCU7C2YG.js";
import "./chunk-OSC2T3SQ.js";
import "./chunk-HLOXVYSR.js";
import "./chunk-26LI6IR6.js";
export {
  LogClassifier,
  PASSED_VERDICT,
  classifyText,
  lastShown
};
