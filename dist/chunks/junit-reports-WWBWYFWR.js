import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  discoverJUnitReports,
  readJUnitReports
} from "./chunk-VJMFRE5N.js";
import "./chunk-W4MGETUC.js";
import "./chunk-5VJCH5LX.js";
import "./chunk-AGO5OT2F.js";
import "./chunk-OQF63QKK.js";
import "./chunk-HYDLDZRP.js";
import "./chunk-K2KPAOXO.js";
import "./chunk-3S6MWH67.js";
import "./chunk-WCU7C2YG.js";
import "./chunk-OSC2T3SQ.js";
import "./chunk-HLOXVYSR.js";
import "./chunk-26LI6IR6.js";
export {
  discoverJUnitReports,
  readJUnitReports
};
