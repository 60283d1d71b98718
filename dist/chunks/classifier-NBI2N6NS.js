import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  LogClassifier,
  classifyText,
  lastShown
} from "./chunk-2TANG65N.js";
import "./chunk-OK3XDTWO.js";
import {
  PASSED_VERDICT
} from "./chunk-BPOXXBUC.js";
import "./chunk-M5XEW74J.js";
import "./chunk-BTKOKSZG.js";
import "./chunk-26LI6IR6.js";
export {
  LogClassifier,
  PASSED_VERDICT,
  classifyText,
  lastShown
};
