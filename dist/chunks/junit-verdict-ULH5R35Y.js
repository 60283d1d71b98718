import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  classifyJUnit,
  combineVerdicts
} from "./chunk-OVUGGKVO.js";
import "./chunk-2TANG65N.js";
import "./chunk-OK3XDTWO.js";
import "./chunk-BPOXXBUC.js";
import "./chunk-M5XEW74J.js";
import "./chunk-BTKOKSZG.js";
import "./chunk-26LI6IR6.js";
export {
  classifyJUnit,
  combineVerdicts
};
