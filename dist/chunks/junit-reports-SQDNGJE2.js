import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  readJUnitReports
} from "./chunk-2NVY7MKH.js";
import "./chunk-2RHWRG66.js";
import "./chunk-AS7TLFNU.js";
import "./chunk-EZFSBFXN.js";
import "./chunk-E6XXB4YA.js";
import "./chunk-RPV2DNHP.js";
import "./chunk-5LCPPDR6.js";
import "./chunk-L35NPND5.js";
import "./chunk-RMCOBDGB.js";
import "./chunk-FSY5MGEO.js";
import "./chunk-26LI6IR6.js";
export {
  readJUnitReports
};
