import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  classifyJUnit,
  combineVerdicts
} from "./chunk-J3Z5HHB5.js";
import "./chunk-U3U7ZFWR.js";
import "./chunk-BBFBTDCO.js";
import "./chunk-L35NPND5.js";
import "./chunk-PN2M5XYE.js";
import "./chunk-VXZV3F3P.js";
import "./chunk-26LI6IR6.js";
export {
  classifyJUnit,
  combineVerdicts
};
