import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  LogClassifier,
  classifyText,
  lastShown
} from "./chunk-RPV2DNHP.js";
import "./chunk-5LCPPDR6.js";
import {
  PASSED_VERDICT
} from "./chunk-L35NPND5.js";
import "./chunk-RMCOBDGB.js";
import "./chunk-FSY5MGEO.js";
import "./chunk-26LI6IR6.js";
export {
  LogClassifier,
  PASSED_VERDICT,
  classifyText,
  lastShown
};
