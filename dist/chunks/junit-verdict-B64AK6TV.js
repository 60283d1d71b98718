import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  classifyJUnit,
  combineVerdicts
} from "./chunk-YRFRD27F.js";
import "./chunk-QLO35F6U.js";
import "./chunk-6VK3L72K.js";
import "./chunk-EPN6GOLO.js";
import "./chunk-M5XEW74J.js";
import "./chunk-L3IBHKIT.js";
import "./chunk-26LI6IR6.js";
export {
  classifyJUnit,
  combineVerdicts
};
