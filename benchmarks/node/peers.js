// One whole-process run of a Node peer over a JSON Lines file, timed from outside by
// benchmarks/peers:
//   node peers.js parse FILE          JSON.parse of each line (the floor of a Node reader)
//   node peers.js ajv FILE SCHEMA     Ajv 8, draft 2020-12, allErrors, ajv-formats
//   PASSES=N node peers.js ...        the same N times over in one process, printing the time of
//                                     each pass: the later ones are Node's warm speed
// Ajv is looked up in the folder named by AJV_MODULES (benchmarks/target/node_modules).
// Reads the file in blocks of 1 MB and cuts it into lines itself: Node's readline is slower than
// either peer, and would measure itself instead of them. Prints what it counted.
'use strict';
const fs = require('fs');
const path = require('path');

const [mode, file, schemaFile] = process.argv.slice(2);
if (!file || (mode !== 'parse' && mode !== 'ajv') || (mode === 'ajv' && !schemaFile)) {
  console.error('usage: node peers.js parse FILE, or node peers.js ajv FILE SCHEMA');
  process.exit(2);
}

let check;
let invalid = 0;
let errors = 0;
if (mode === 'ajv') {
  const modules = process.env.AJV_MODULES || path.join(__dirname, '..', 'target', 'node_modules');
  const Ajv2020 = require(path.join(modules, 'ajv', 'dist', '2020')).default;
  const addFormats = require(path.join(modules, 'ajv-formats')).default;
  // strict: false, as an integrator would take the schema as it is (annotations and all).
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
  check = (line) => {
    if (!validate(JSON.parse(line))) {
      invalid++;
      errors += validate.errors.length;
    }
  };
} else {
  check = (line) => {
    errors += Object.keys(JSON.parse(line)).length;
  };
}

let projects = 0;
function pass() {
  projects = 0;
  invalid = 0;
  errors = 0;
  const fd = fs.openSync(file, 'r');
  const block = Buffer.allocUnsafe(1 << 20);
  let carry = null;
  for (;;) {
    const read = fs.readSync(fd, block, 0, block.length, null);
    if (read === 0) break;
    let chunk = block.subarray(0, read);
    if (carry !== null) {
      chunk = Buffer.concat([carry, chunk]);
      carry = null;
    }
    let start = 0;
    let end;
    while ((end = chunk.indexOf(10, start)) !== -1) {
      if (end > start) {
        check(chunk.toString('utf8', start, end));
        projects++;
      }
      start = end + 1;
    }
    if (start < chunk.length) carry = Buffer.from(chunk.subarray(start));
  }
  if (carry !== null && carry.length > 0) {
    check(carry.toString('utf8'));
    projects++;
  }
  fs.closeSync(fd);
}

const passes = Math.max(1, parseInt(process.env.PASSES || '1', 10) || 1);
for (let p = 1; p <= passes; p++) {
  const started = process.hrtime.bigint();
  pass();
  if (passes > 1) {
    console.log(`pass ${p}: ${Number(process.hrtime.bigint() - started) / 1e6} ms`);
  }
}
if (mode === 'ajv') {
  console.log(`ajv: ${projects} projects, ${invalid} invalid, ${errors} errors`);
} else {
  console.log(`parse: ${projects} projects, ${errors} fields at the top`);
}
