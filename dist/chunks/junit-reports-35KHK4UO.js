import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  readJUnitReports
} from "./chunk-7EAS573I.js";
import "./chunk-W4MGETUC.js";
import "./chunk-5VJCH5LX.js";
import "./chunk-AGO5OT2F.js";
import "./chunk-6KGKMF77.js";
import "./chunk-57G6XIOS.js";
import "./chunk-FVLE2DD6.js";
import "./chunk-3S6MWH67.js";
import "./chunk-M5XEW74J.js";
import "./chunk-H3GD6XE7.js";
import "./chunk-HLOXVYSR.js";
import "./chunk-26LI6IR6.js";
export {
  readJUnitReports
};
