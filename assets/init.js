// Starts GOV.UK Frontend's components (an external module, so the CSP needs no inline script).
import { initAll } from "./govuk-frontend.min.js";
initAll();
