import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  readJUnitReports
} from "./chunk-X4LIPJ34.js";
import "./chunk-W4MGETUC.js";
import "./chunk-5VJCH5LX.js";
import "./chunk-AGO5OT2F.js";
import "./chunk-CWNQNBIY.js";
import "./chunk-IHYCYSYR.js";
import "./chunk-FGLASVEH.js";
import "./chunk-2YOQSNKF.js";
import "./chunk-RMCOBDGB.js";
import "./chunk-7VFXVKIP.js";
import "./chunk-26LI6IR6.js";
export {
  readJUnitReports
};
