import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  classifyJUnit,
  combineVerdicts
} from "./chunk-WVMRXNEU.js";
import "./chunk-G6D2ZAGI.js";
import "./chunk-XUA3XT7G.js";
import "./chunk-3PJEKJC6.js";
import "./chunk-M5XEW74J.js";
import "./chunk-BTKOKSZG.js";
import "./chunk-26LI6IR6.js";
export {
  classifyJUnit,
  combineVerdicts
};
