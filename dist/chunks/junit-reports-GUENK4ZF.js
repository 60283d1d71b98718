import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  readJUnitReports
} from "./chunk-E7RFWMKC.js";
import "./chunk-NI25TCM2.js";
import "./chunk-UH6INFL2.js";
import "./chunk-AGO5OT2F.js";
import "./chunk-NTGHJLXQ.js";
import "./chunk-KF2SEFXV.js";
import "./chunk-VW5LDRMY.js";
import "./chunk-HHM5BNPM.js";
import "./chunk-DYPNO2VM.js";
import "./chunk-7VFXVKIP.js";
import "./chunk-26LI6IR6.js";
export {
  readJUnitReports
};
