import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  readJUnitReports
} from "./chunk-MIYHBYBE.js";
import "./chunk-W4MGETUC.js";
import "./chunk-5VJCH5LX.js";
import "./chunk-AGO5OT2F.js";
import "./chunk-AUMYAZWV.js";
import "./chunk-TDC2J5VZ.js";
import "./chunk-RBAJV3FG.js";
import "./chunk-EPN6GOLO.js";
import "./chunk-M5XEW74J.js";
import "./chunk-L3IBHKIT.js";
import "./chunk-26LI6IR6.js";
export {
  readJUnitReports
};
