import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  classifyJUnit,
  combineVerdicts
} from "./chunk-KF2SEFXV.js";
import "./chunk-VW5LDRMY.js";
import "./chunk-HHM5BNPM.js";
import "./chunk-DYPNO2VM.js";
import "./chunk-7VFXVKIP.js";
import "./chunk-26LI6IR6.js";
export {
  classifyJUnit,
  combineVerdicts
};
