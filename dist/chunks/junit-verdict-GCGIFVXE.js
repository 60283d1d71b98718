import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  classifyJUnit,
  combineVerdicts
} from "./chunk-P7DLPOCO.js";
import "./chunk-RQP6VNYB.js";
import "./chunk-JR73H266.js";
import "./chunk-3S6MWH67.js";
import "./chunk-WCU7C2YG.js";
import "./chunk-OSC2T3SQ.js";
import "./chunk-HLOXVYSR.js";
import "./chunk-26LI6IR6.js";
export {
  classifyJUnit,
  combineVerdicts
};
