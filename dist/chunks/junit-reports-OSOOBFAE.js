import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  readJUnitReports
} from "./chunk-APPJIB3F.js";
import "./chunk-W4MGETUC.js";
import "./chunk-5VJCH5LX.js";
import "./chunk-AGO5OT2F.js";
import "./chunk-SE4QRVAU.js";
import "./chunk-F7YVLVXG.js";
import "./chunk-FEZ7TTFL.js";
import "./chunk-3S6MWH67.js";
import "./chunk-M5XEW74J.js";
import "./chunk-ERULB6C3.js";
import "./chunk-HLOXVYSR.js";
import "./chunk-26LI6IR6.js";
export {
  readJUnitReports
};
