import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  classifyJUnit,
  combineVerdicts
} from "./chunk-ZMG5RZIK.js";
import "./chunk-YF6FYLX5.js";
import "./chunk-F5PX53XR.js";
import "./chunk-BPOXXBUC.js";
import "./chunk-M5XEW74J.js";
import "./chunk-TGAD2BWF.js";
import "./chunk-26LI6IR6.js";
export {
  classifyJUnit,
  combineVerdicts
};
