export * from "./indicator-catalog.js"
export * from "./gazetteer.js"
export * from "./regions.js"
export * from "./units.js"
