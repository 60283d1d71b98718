import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  readJUnitReports
} from "./chunk-5C6U4VHC.js";
import "./chunk-W4MGETUC.js";
import "./chunk-5VJCH5LX.js";
import "./chunk-AGO5OT2F.js";
import "./chunk-7NU3EUCN.js";
import "./chunk-Z3NPOJAR.js";
import "./chunk-TCKOCME6.js";
import "./chunk-3S6MWH67.js";
import "./chunk-M5XEW74J.js";
import "./chunk-SYBPZOM4.js";
import "./chunk-HLOXVYSR.js";
import "./chunk-26LI6IR6.js";
export {
  readJUnitReports
};
