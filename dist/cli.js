#!/usr/bin/env node
import { createRequire as __depdiffCreateRequire } from 'node:module';
import { fileURLToPath as __depdiffFileURLToPath } from 'node:url';
import { dirname as __depdiffDirname } from 'node:path';
const require = __depdiffCreateRequire(import.meta.url);
const __filename = __depdiffFileURLToPath(import.meta.url);
const __dirname = __depdiffDirname(__filename);
