import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  LogClassifier,
  classifyText,
  lastShown
} from "./chunk-U3U7ZFWR.js";
import "./chunk-BBFBTDCO.js";
import {
  PASSED_VERDICT
} from "./chunk-L35NPND5.js";
import "./chunk-PN2M5XYE.js";
import "./chunk-VXZV3F3P.js";
import "./chunk-26LI6IR6.js";
export {
  LogClassifier,
  PASSED_VERDICT,
  classifyText,
  lastShown
};
