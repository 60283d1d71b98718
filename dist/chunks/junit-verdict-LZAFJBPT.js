import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  classifyJUnit,
  combineVerdicts
} from "./chunk-IN2ICLNV.js";
import "./chunk-WKUXRI5M.js";
import "./chunk-QOR6KLMV.js";
import "./chunk-3S6MWH67.js";
import "./chunk-WCU7C2YG.js";
import "./chunk-UG5ACT6N.js";
import "./chunk-HLOXVYSR.js";
import "./chunk-26LI6IR6.js";
export {
  classifyJUnit,
  combineVerdicts
};
