import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  readJUnitReports
} from "./chunk-JE35BWY5.js";
import "./chunk-W4MGETUC.js";
import "./chunk-5VJCH5LX.js";
import "./chunk-AGO5OT2F.js";
import "./chunk-I2XOKTIJ.js";
import "./chunk-OGV7XOSC.js";
import "./chunk-O5ONXSQ7.js";
import "./chunk-3S6MWH67.js";
import "./chunk-WCU7C2YG.js";
import "./chunk-A3GHAN5G.js";
import "./chunk-HLOXVYSR.js";
import "./chunk-26LI6IR6.js";
export {
  readJUnitReports
};
