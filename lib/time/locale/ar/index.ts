// Chrono for Arabic news text. Run it over NORMALISED text (lib/text/normalise.ts) with an ArabicParsingOption
// carrying the publication reference; lib/time/resolve.ts does both and turns the drafts into TimeExpressions.

import { Chrono } from "chrono-node";
import { createConfiguration } from "./configuration";

export { createConfiguration };

/** The shared Arabic chrono instance (parsers are stateless apart from their cached patterns). */
export const arabic = new Chrono(createConfiguration());
