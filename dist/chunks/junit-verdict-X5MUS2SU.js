import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  classifyJUnit,
  combineVerdicts
} from "./chunk-CZEWNQKM.js";
import "./chunk-XNT7QIVI.js";
import "./chunk-JASTG2BQ.js";
import "./chunk-BPOXXBUC.js";
import "./chunk-M5XEW74J.js";
import "./chunk-BTKOKSZG.js";
import "./chunk-26LI6IR6.js";
export {
  classifyJUnit,
  combineVerdicts
};
