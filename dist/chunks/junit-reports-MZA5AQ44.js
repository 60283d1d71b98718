import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  readJUnitReports
} from "./chunk-CXWBWN2L.js";
import "./chunk-W4MGETUC.js";
import "./chunk-5VJCH5LX.js";
import "./chunk-AGO5OT2F.js";
import "./chunk-KOYTFXKN.js";
import "./chunk-RYNVDZDN.js";
import "./chunk-M4P4EAZD.js";
import "./chunk-BPOXXBUC.js";
import "./chunk-M5XEW74J.js";
import "./chunk-TGAD2BWF.js";
import "./chunk-26LI6IR6.js";
export {
  readJUnitReports
};
