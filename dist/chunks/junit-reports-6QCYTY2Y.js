import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  readJUnitReports
} from "./chunk-OPHAHTEP.js";
import "./chunk-NI25TCM2.js";
import "./chunk-UH6INFL2.js";
import "./chunk-AGO5OT2F.js";
import "./chunk-NTGHJLXQ.js";
import "./chunk-5DFWVEKV.js";
import "./chunk-ROECMPHA.js";
import "./chunk-FDZGYUX4.js";
import "./chunk-SCFWRQAG.js";
import "./chunk-26LI6IR6.js";
export {
  readJUnitReports
};
