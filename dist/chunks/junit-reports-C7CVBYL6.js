import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  readJUnitReports
} from "./chunk-Y6P3HY2N.js";
import "./chunk-W4MGETUC.js";
import "./chunk-5VJCH5LX.js";
import "./chunk-AGO5OT2F.js";
import "./chunk-JJCA2BS5.js";
import "./chunk-GKZQ7XDD.js";
import "./chunk-5MFYFLAT.js";
import "./chunk-3S6MWH67.js";
import "./chunk-M5XEW74J.js";
import "./chunk-2NHI6CXJ.js";
import "./chunk-HLOXVYSR.js";
import "./chunk-26LI6IR6.js";
export {
  readJUnitReports
};
