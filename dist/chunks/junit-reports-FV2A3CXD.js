import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  readJUnitReports
} from "./chunk-NN24IZXN.js";
import "./chunk-W4MGETUC.js";
import "./chunk-5VJCH5LX.js";
import "./chunk-AGO5OT2F.js";
import "./chunk-EVEVHTVS.js";
import "./chunk-I2A6UPZP.js";
import "./chunk-NJ4MMSQS.js";
import "./chunk-3S6MWH67.js";
import "./chunk-M5XEW74J.js";
import "./chunk-3UQ3QPUH.js";
import "./chunk-HLOXVYSR.js";
import "./chunk-26LI6IR6.js";
export {
  readJUnitReports
};
