import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  classifyJUnit,
  combineVerdicts
} from "./chunk-5DFWVEKV.js";
import "./chunk-ROECMPHA.js";
import "./chunk-FDZGYUX4.js";
import "./chunk-SCFWRQAG.js";
import "./chunk-26LI6IR6.js";
export {
  classifyJUnit,
  combineVerdicts
};
