import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  classifyJUnit,
  combineVerdicts
} from "./chunk-UUEQCG7B.js";
import "./chunk-AMPD3WO5.js";
import "./chunk-HB3HLRIA.js";
import "./chunk-3S6MWH67.js";
import "./chunk-WCU7C2YG.js";
import "./chunk-GC24FL4T.js";
import "./chunk-HLOXVYSR.js";
import "./chunk-26LI6IR6.js";
export {
  classifyJUnit,
  combineVerdicts
};
