// Builds static/build/: our CSS (GOV.UK Frontend with our own font stack), GOV.UK Frontend's
// JavaScript and images. Run by `make assets` (npm run build).
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as sass from "sass";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "static", "build");
const govuk = join(root, "node_modules", "govuk-frontend", "dist", "govuk");
mkdirSync(out, { recursive: true });

const result = sass.compile(join(root, "assets", "tracker.scss"), {
  loadPaths: [join(root, "node_modules")],
  style: "compressed",
  quietDeps: true,
});
writeFileSync(join(out, "tracker.css"), result.css);
cpSync(join(govuk, "govuk-frontend.min.js"), join(out, "govuk-frontend.min.js"));
cpSync(join(govuk, "assets", "images"), join(out, "images"), { recursive: true });
cpSync(join(govuk, "assets", "manifest.json"), join(out, "manifest.json"));
cpSync(join(root, "assets", "init.js"), join(out, "init.js"));
cpSync(join(root, "assets", "paste.js"), join(out, "paste.js"));
cpSync(join(root, "assets", "review.js"), join(out, "review.js"));
cpSync(join(root, "assets", "reading-meter.js"), join(out, "reading-meter.js"));
console.log(`Built ${out}`);
