import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  readJUnitReports
} from "./chunk-3I2PZORK.js";
import "./chunk-W4MGETUC.js";
import "./chunk-5VJCH5LX.js";
import "./chunk-AGO5OT2F.js";
import "./chunk-J3Z5HHB5.js";
import "./chunk-U3U7ZFWR.js";
import "./chunk-BBFBTDCO.js";
import "./chunk-L35NPND5.js";
import "./chunk-PN2M5XYE.js";
import "./chunk-VXZV3F3P.js";
import "./chunk-26LI6IR6.js";
export {
  readJUnitReports
};
