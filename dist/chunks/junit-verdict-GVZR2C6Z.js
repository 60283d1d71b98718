import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  classifyJUnit,
  combineVerdicts
} from "./chunk-CWNQNBIY.js";
import "./chunk-IHYCYSYR.js";
import "./chunk-FGLASVEH.js";
import "./chunk-2YOQSNKF.js";
import "./chunk-RMCOBDGB.js";
import "./chunk-7VFXVKIP.js";
import "./chunk-26LI6IR6.js";
export {
  classifyJUnit,
  combineVerdicts
};
