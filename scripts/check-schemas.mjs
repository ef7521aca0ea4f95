// Checks docs/schema with Ajv, a JSON Schema implementation independent of the Java one the tests
// use: every *.schema.json must be a valid draft 2020-12 schema (validated against the meta-schema
// and compiled in strict mode), and every JSON example of examples/data must be accepted by the
// schema of its kind. Run by scripts/check-schemas, which installs Ajv.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(join(process.env.AJV_PREFIX, "package.json"));
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats").default;

const root = process.argv[2];
const schemaDir = join(root, "docs", "schema");
let failures = 0;
// Strict about what the specification says (unknown keywords and formats, tuples, numbers); not
// about Ajv's own style advice that keywords such as "pattern" sit beside a "type", which the
// specification does not require.
const ajv = new Ajv2020({
  strict: true, strictTypes: false, strictRequired: false, allErrors: true, validateFormats: true,
});
addFormats(ajv);

const byKind = {};
for (const name of readdirSync(schemaDir).filter((n) => n.endsWith(".schema.json")).sort()) {
  const schema = JSON.parse(readFileSync(join(schemaDir, name), "utf8"));
  if (schema.$schema !== "https://json-schema.org/draft/2020-12/schema") {
    console.log(`FAIL ${name}: $schema is ${schema.$schema}, not draft 2020-12`);
    failures++;
    continue;
  }
  if (!ajv.validateSchema(schema)) {
    console.log(`FAIL ${name}: not a valid schema: ${ajv.errorsText(ajv.errors).slice(0, 800)}`);
    failures++;
    continue;
  }
  try {
    byKind[name.replace(".schema.json", "")] = ajv.compile(schema);
    console.log(`ok   ${name}: a valid draft 2020-12 schema`);
  } catch (e) {
    console.log(`FAIL ${name}: does not compile: ${e.message}`);
    failures++;
  }
}

const examples = join(root, "examples", "data");
for (const name of readdirSync(examples).filter((n) => n.endsWith(".json")).sort()) {
  const document = JSON.parse(readFileSync(join(examples, name), "utf8"));
  const validate = byKind[document.kind];
  if (!validate) {
    console.log(`FAIL examples/data/${name}: no schema for kind ${document.kind}`);
    failures++;
  } else if (!validate(document)) {
    console.log(`FAIL examples/data/${name}: ${ajv.errorsText(validate.errors)}`);
    failures++;
  } else {
    console.log(`ok   examples/data/${name}: accepted by ${document.kind}.schema.json`);
  }
}
process.exit(failures === 0 ? 0 : 1);
