export * from "./indicator-catalog.js"
export * from "./regions.js"
export * from "./units.js"
