import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  readJUnitReports
} from "./chunk-FSK447QD.js";
import "./chunk-NI25TCM2.js";
import "./chunk-UH6INFL2.js";
import "./chunk-AGO5OT2F.js";
import "./chunk-NTGHJLXQ.js";
import "./chunk-NFOHIGMM.js";
import "./chunk-SGEK5XS4.js";
import "./chunk-7S3TJZOF.js";
import "./chunk-RMCOBDGB.js";
import "./chunk-7VFXVKIP.js";
import "./chunk-26LI6IR6.js";
export {
  readJUnitReports
};
