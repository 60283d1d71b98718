import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  readJUnitReports
} from "./chunk-2K5XHZN2.js";
import "./chunk-W4MGETUC.js";
import "./chunk-5VJCH5LX.js";
import "./chunk-AGO5OT2F.js";
import "./chunk-UUEQCG7B.js";
import "./chunk-AMPD3WO5.js";
import "./chunk-HB3HLRIA.js";
import "./chunk-3S6MWH67.js";
import "./chunk-WCU7C2YG.js";
import "./chunk-GC24FL4T.js";
import "./chunk-HLOXVYSR.js";
import "./chunk-26LI6IR6.js";
export {
  readJUnitReports
};
